// @vitest-environment jsdom
import type { PatientCandidate } from '@tansiq/domain';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { CandidateCard, type CandidateCardProps } from './candidate-card';

const candidate = (overrides: Partial<PatientCandidate> = {}): PatientCandidate => ({
  patient: {
    id: '7c2d0e9f-8a1b-4c2d-9e3f-6a7b8c9d0e12',
    regionalId: '1234567890',
    givenNameLatin: 'Mohammed',
    familyNameLatin: 'El Idrissi',
    givenNameArabic: 'محمد',
    familyNameArabic: 'الإدريسي',
    fatherGivenName: 'Ahmed',
    sex: 'male',
    birthDate: '1955',
    birthDatePrecision: 'year',
    cin: 'L123456',
    communeCode: '01.511.01.0',
    communeNameFr: 'Tétouan',
    communeNameAr: 'تطوان',
    phones: [],
    vitalStatus: 'alive',
    isDemo: false,
  },
  probability: 0.873,
  band: 'probable',
  reasons: [
    { field: 'family_name', level: 'exact', weight: 5 },
    { field: 'birth_date', level: 'same_year_imprecise', weight: 1 },
  ],
  registeredAt: [
    {
      establishmentId: '8d3e1f0a-9b2c-4d3e-8f4a-7b8c9d0e1f23',
      code: 'TTA-H-022',
      nameFr: 'CHP Chefchaouen',
      localId: 'CH-2024-77',
    },
  ],
  registeredHere: false,
  ...overrides,
});

function renderCard(props: Partial<CandidateCardProps> = {}) {
  const handlers = { onRegister: vi.fn<(localId: string | null) => void>(), onOpen: vi.fn<() => void>() };
  renderWithProviders(
    <CandidateCard
      candidate={candidate()}
      canRegister
      canOpenAnyway={false}
      registering={false}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

describe('CandidateCard', () => {
  afterEach(cleanup);

  it('shows the identity in both scripts, the band, the probability and where the patient is registered', () => {
    renderCard();
    const card = screen.getByRole('article', { name: /EL IDRISSI Mohammed/ });
    expect(within(card).getByText('محمد الإدريسي')).toBeTruthy();
    expect(within(card).getByText('Probable')).toBeTruthy();
    expect(within(card).getByText('87 %')).toBeTruthy();
    expect(within(card).getByText('1234 5678 90')).toBeTruthy();
    expect(within(card).getByText(/1955 \(année seulement\)/)).toBeTruthy();
    expect(within(card).getByText(/fils de Ahmed/)).toBeTruthy();
    expect(within(card).getByText('CHP Chefchaouen')).toBeTruthy();
    expect(within(card).getByText(/IPP CH-2024-77/)).toBeTruthy();
    expect(within(card).getByRole('listitem', { name: /Nom : identique/ })).toBeTruthy();
  });

  it('registers the patient here with the local number typed', async () => {
    const { onRegister, onOpen } = renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer ici' }));
    await userEvent.type(screen.getByLabelText('N° local (IPP)'), 'CHR-2026-0042');
    await userEvent.click(screen.getByRole('button', { name: "Confirmer l'enregistrement" }));
    expect(onRegister).toHaveBeenCalledWith('CHR-2026-0042');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('registers without a local number when none is typed', async () => {
    const { onRegister } = renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer ici' }));
    await userEvent.click(screen.getByRole('button', { name: "Confirmer l'enregistrement" }));
    expect(onRegister).toHaveBeenCalledWith(null);
  });

  it('refuses a local number with characters an IPP cannot hold', async () => {
    const { onRegister } = renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer ici' }));
    await userEvent.type(screen.getByLabelText('N° local (IPP)'), 'CHR 2026#42');
    await userEvent.click(screen.getByRole('button', { name: "Confirmer l'enregistrement" }));
    expect(onRegister).not.toHaveBeenCalled();
    expect(screen.getByText(/Un IPP a de 1 à 40 lettres/)).toBeTruthy();
  });

  it('shows why the server refused the registration next to the number', async () => {
    renderCard({ registerError: 'Ce numéro est déjà celui d’un autre patient.' });
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer ici' }));
    expect(screen.getByText('Ce numéro est déjà celui d’un autre patient.')).toBeTruthy();
  });

  it('goes back to the actions when the registration is cancelled', async () => {
    renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer ici' }));
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByLabelText('N° local (IPP)')).toBeNull();
    expect(screen.getByRole('button', { name: 'Enregistrer ici' })).toBeTruthy();
  });

  it('opens the record of a patient already registered here instead of registering again', async () => {
    const { onOpen } = renderCard({ candidate: candidate({ registeredHere: true }) });
    expect(screen.getByText('Déjà enregistré ici')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer ici' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('lets an identity manager without a desk open the record, and offers nothing to others', () => {
    renderCard({ canRegister: false, canOpenAnyway: true });
    expect(screen.getByRole('button', { name: 'Ouvrir le dossier' })).toBeTruthy();
    cleanup();
    renderCard({ canRegister: false, canOpenAnyway: false });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('never shows 100 % for a probabilistic match, nor 0 %', () => {
    renderCard({ candidate: candidate({ probability: 0.9996 }) });
    expect(screen.getByText('> 99 %')).toBeTruthy();
    cleanup();
    renderCard({ candidate: candidate({ probability: 0.002, band: 'unlikely' }) });
    expect(screen.getByText('< 1 %')).toBeTruthy();
    expect(screen.getByText('Peu probable')).toBeTruthy();
  });
});
