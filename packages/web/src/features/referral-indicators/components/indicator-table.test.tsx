// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { row } from '../testing/indicator-fixtures';
import { IndicatorTable } from './indicator-table';

const rows = [
  row('cardiology', 'Cardiologie', { referrals: 9 }),
  row('paediatrics', 'Pédiatrie', { referrals: 120, declineRate: 0.05 }),
  row('dental', 'Dentaire', { referrals: 3, declineRate: null }),
];
const firstCells = () =>
  within(screen.getByRole('table', { name: 'Indicateurs par groupe' }))
    .getAllByRole('row')
    .slice(1)
    .map((line) => within(line).getAllByRole('cell')[0]?.textContent);

describe('IndicatorTable', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
  });

  it('lists the groups by name with their figures, and a dash for what is not published', () => {
    renderWithProviders(<IndicatorTable rows={rows} groupTitle="Spécialité" />);
    expect(firstCells()).toEqual(['Cardiologie', 'Dentaire', 'Pédiatrie']);
    const cardiology = screen.getByRole('row', { name: /Cardiologie/ });
    expect(within(cardiology).getByText('55,6 %')).toBeTruthy();
    expect(within(cardiology).getByText('4 j')).toBeTruthy();
    expect(within(cardiology).getAllByText('—').length).toBeGreaterThan(0);
  });

  it('sorts by a column, busiest first, then the other way', async () => {
    renderWithProviders(<IndicatorTable rows={rows} groupTitle="Spécialité" />);
    await userEvent.click(screen.getByRole('button', { name: 'Références' }));
    expect(firstCells()).toEqual(['Pédiatrie', 'Cardiologie', 'Dentaire']);
    expect(screen.getByRole('columnheader', { name: /Références/ }).getAttribute('aria-sort')).toBe('descending');
    await userEvent.click(screen.getByRole('button', { name: /Références/ }));
    expect(firstCells()).toEqual(['Dentaire', 'Cardiologie', 'Pédiatrie']);
  });

  it('puts unpublished rates last whichever the direction', async () => {
    renderWithProviders(<IndicatorTable rows={rows} groupTitle="Spécialité" />);
    await userEvent.click(screen.getByRole('button', { name: 'Refus' }));
    expect(firstCells()).toEqual(['Cardiologie', 'Pédiatrie', 'Dentaire']);
    await userEvent.click(screen.getByRole('button', { name: /Refus/ }));
    expect(firstCells()).toEqual(['Pédiatrie', 'Cardiologie', 'Dentaire']);
  });

  it('says when the selection is empty', () => {
    renderWithProviders(<IndicatorTable rows={[]} groupTitle="Spécialité" />);
    expect(screen.getByText('Aucune référence dans cette sélection.')).toBeTruthy();
  });
});
