// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { establishmentWisn } from '../testing/wisn-fixtures';
import { WisnCalculation } from './wisn-calculation';

describe('WisnCalculation', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
  });

  it('shows every step: AWT, SW and staff per activity with its source, CAF, IAF, R and the ratio', () => {
    renderWithProviders(<WisnCalculation data={establishmentWisn} />);
    expect(screen.getByText(/= 205 jours × H = 1\.640 heures par an/)).toBeTruthy();
    const activities = screen.getByRole('table', { name: /Activités de service/ });
    const rows = within(activities).getAllByRole('row').slice(1);
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Consultation curative', '12 min chacune', '8.200', '6.150', 'Plateforme', '0,75']);
    expect(within(rows[1] as HTMLElement).getByText('Manquante')).toBeTruthy();
    expect(screen.getByText('S (effectif pour les activités de service) = 0,75')).toBeTruthy();
    expect(screen.getByText('FPC = 1 ÷ (1 − 5 % ÷ 100) = 1,05')).toBeTruthy();
    expect(screen.getByText('FPI = 328 h ÷ TTD = 0,2')).toBeTruthy();
    // R = 0.75 ÷ 0.95 + 0.2 = 0.989…; one GP in post: ratio 1.011, balanced.
    expect(screen.getByText('0,99')).toBeTruthy();
    expect(screen.getByText('1,01')).toBeTruthy();
    expect(screen.getByText('Équilibre')).toBeTruthy();
    expect(screen.getByText(/Pas de charge de travail pour : school_health_visit/)).toBeTruthy();
  });

  it('says when no standard is in force', () => {
    renderWithProviders(<WisnCalculation data={{ ...establishmentWisn, result: null }} />);
    expect(screen.getByText(/Aucune norme WISN n'est en vigueur/)).toBeTruthy();
  });
});
