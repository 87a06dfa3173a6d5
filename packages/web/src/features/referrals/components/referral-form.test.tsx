// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chpId, chrId, chuId, destinations, meWith, patientId, referral } from '../testing/referral-fixtures';
import { renderReferralUi } from '../testing/render-referral-ui';
import { callsTo, stubApi } from '../testing/stub-api';
import { ReferralForm } from './referral-form';

const user = userEvent.setup({ delay: null });

function renderForm() {
  const onCreated = vi.fn();
  stubApi({
    'GET /api/referral-destinations': { status: 200, body: destinations },
    'POST /api/referrals': { status: 201, body: referral({ status: 'sent' }) },
  });
  renderReferralUi(<ReferralForm patientId={patientId} onCreated={onCreated} />, meWith('nurse'));
  return onCreated;
}

async function chooseCardiology() {
  await user.click(await screen.findByRole('combobox', { name: /Spécialité/ }));
  await user.click(await screen.findByRole('option', { name: 'Cardiologie' }));
}

async function writeContent() {
  await user.type(screen.getByRole('textbox', { name: /Motif de la référence/ }), 'Souffle cardiaque');
  await user.type(screen.getByRole('textbox', { name: /Résumé clinique/ }), 'Dyspnée d’effort');
}

const fetchMock = () => vi.mocked(fetch);

describe('ReferralForm', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the ranked destinations as cards: pathway rank, off pathway, recommended, slots, waits and beds', async () => {
    renderForm();
    await chooseCardiology();
    const cards = await screen.findAllByTestId('destination-card');
    expect(cards).toHaveLength(2);
    const [first, second] = cards.map((card) => within(card));
    expect(first?.getByText('CHR Saniat Rmel Tétouan')).toBeTruthy();
    expect(first?.getByText('Rang 1 de la filière')).toBeTruthy();
    expect(first?.getByText('Recommandée')).toBeTruthy();
    expect(first?.getByText('Attente médiane : 9 jours')).toBeTruthy();
    expect(first?.getByText('3 références en attente')).toBeTruthy();
    expect(second?.getByText('Hors filière')).toBeTruthy();
    expect(second?.getByText('Pas de créneau libre')).toBeTruthy();
    expect(second?.getByText(/4 lits disponibles · mis à jour/)).toBeTruthy();
    expect(screen.getByText('Cette filière recommande une télé-expertise avant toute référence.')).toBeTruthy();
    const asked = callsTo(fetchMock(), 'GET', '/api/referral-destinations')[0]?.url ?? '';
    expect(new URL(asked, 'http://localhost').searchParams.toString()).toBe(
      `originEstablishmentId=${chpId}&specialtyCode=cardiology&urgency=routine`,
    );
  });

  it('requires a justification off the pathway, then sends it with the referral', async () => {
    renderForm();
    await chooseCardiology();
    await user.click(await screen.findByRole('radio', { name: /CHU Mohammed VI Tanger/ }));
    await writeContent();
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByText('Hors filière : la justification est obligatoire.')).toBeTruthy();
    expect(callsTo(fetchMock(), 'POST', '/api/referrals')).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: /Justification hors filière/ }), 'Avis du cardiologue du CHU');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    await vi.waitFor(() => expect(callsTo(fetchMock(), 'POST', '/api/referrals')).toHaveLength(1));
    expect(callsTo(fetchMock(), 'POST', '/api/referrals')[0]?.body).toMatchObject({
      destinationEstablishmentId: chuId,
      offPathwayJustification: 'Avis du cardiologue du CHU',
    });
  });

  it('sends the whole referral once, with one idempotency key, and hands it over', async () => {
    const onCreated = renderForm();
    await chooseCardiology();
    await user.click(await screen.findByRole('radio', { name: /CHR Saniat Rmel Tétouan/ }));
    expect(screen.queryByRole('textbox', { name: /Justification hors filière/ })).toBeNull();
    await writeContent();
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    const [call] = callsTo(fetchMock(), 'POST', '/api/referrals');
    expect(call?.body).toEqual({
      patientId,
      originEstablishmentId: chpId,
      specialtyCode: 'cardiology',
      urgency: 'routine',
      destinationEstablishmentId: chrId,
      reason: 'Souffle cardiaque',
      clinicalSummary: 'Dyspnée d’effort',
      offPathwayJustification: null,
      send: false,
      sourceTeleexpertiseId: null,
    });
    expect(call?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts from a tele-expertise answer: origin, specialty and content prefilled, sent with its source', async () => {
    const onCreated = vi.fn();
    stubApi({
      'GET /api/referral-destinations': { status: 200, body: destinations },
      'POST /api/referrals': { status: 201, body: referral({ status: 'sent' }) },
    });
    const sourceTeleexpertiseId = '7c0d6b1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
    const prefill = {
      patientId,
      originEstablishmentId: chpId,
      specialtyCode: 'cardiology',
      destinationEstablishmentId: chrId,
      reason: 'Avis de télé-expertise : échographie cardiaque',
      clinicalSummary: 'Question et réponse de la télé-expertise.',
      sourceTeleexpertiseId,
    };
    renderReferralUi(<ReferralForm patientId={patientId} prefill={prefill} onCreated={onCreated} />, meWith('nurse'));
    expect(await screen.findByRole('textbox', { name: /Motif de la référence/ })).toHaveProperty(
      'value',
      prefill.reason,
    );
    await user.click(await screen.findByRole('radio', { name: /CHR Saniat Rmel Tétouan/ }));
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    const [call] = callsTo(fetchMock(), 'POST', '/api/referrals');
    expect(call?.body).toMatchObject({
      specialtyCode: 'cardiology',
      originEstablishmentId: chpId,
      clinicalSummary: prefill.clinicalSummary,
      sourceTeleexpertiseId,
    });
  });

  it('always sends an emergency: no draft button', async () => {
    renderForm();
    await user.click(await screen.findByRole('radio', { name: 'Urgence vitale' }));
    expect(screen.queryByRole('button', { name: 'Enregistrer le brouillon' })).toBeNull();
    expect(screen.getByText(/Une urgence vitale est envoyée immédiatement/)).toBeTruthy();
  });

  it('shows the server’s refusal of the destination next to it (422)', async () => {
    renderForm();
    stubApi({
      'GET /api/referral-destinations': { status: 200, body: destinations },
      'POST /api/referrals': {
        status: 422,
        body: {
          error: {
            code: 'unprocessable',
            message: 'This service of the destination does not take referrals',
            issues: [
              {
                path: ['destinationEstablishmentId'],
                message: 'This service of the destination does not take referrals',
                code: 'destination',
              },
            ],
          },
        },
      },
    });
    await chooseCardiology();
    await user.click(await screen.findByRole('radio', { name: /CHR Saniat Rmel Tétouan/ }));
    await writeContent();
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByText('Ce service ne reçoit pas de références.')).toBeTruthy();
  });
});
