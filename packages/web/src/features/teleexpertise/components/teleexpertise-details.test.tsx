// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { openTeleexpertise, reportedTeleexpertise } from '../testing/teleexpertise-fixtures';
import { TeleexpertiseDetails } from './teleexpertise-details';

describe('TeleexpertiseDetails', () => {
  afterEach(cleanup);

  it('shows the question, its files and that the answer is awaited', () => {
    renderWithProviders(<TeleexpertiseDetails teleexpertise={openTeleexpertise} />);
    expect(screen.getByText(openTeleexpertise.question)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ECG.pdf' }).getAttribute('href')).toBe(
      `/api/teleexpertise/${openTeleexpertise.id}/attachments/${openTeleexpertise.attachments[0]?.id}`,
    );
    expect(screen.getByText(/En attente de la réponse des spécialistes/)).toBeTruthy();
  });

  it('shows the answer, the teleconsultation’s video room and its report', () => {
    renderWithProviders(<TeleexpertiseDetails teleexpertise={reportedTeleexpertise} />);
    expect(screen.getByText(/Téléconsultation proposée · Dr Amrani/)).toBeTruthy();
    expect(screen.getByText(/Compte rendu de téléconsultation/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rejoindre la salle vidéo' }).getAttribute('href')).toBe(
      'https://visio.example.org/tansiq-7e1c',
    );
    expect(screen.getByText('Réalisée')).toBeTruthy();
    expect(screen.getByText('Souffle éjectionnel 2/6.')).toBeTruthy();
    expect(screen.getByText(/Souffle fonctionnel \(R01\.1\)/)).toBeTruthy();
  });
});
