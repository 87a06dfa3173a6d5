// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { centreId, regionalWisn } from '../testing/wisn-fixtures';
import { WisnHeatMapTable } from './wisn-heat-map-table';

describe('WisnHeatMapTable', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
  });

  it('lists establishments worst first with the ratio per cadre, and opens a cell', async () => {
    const onSelect = vi.fn();
    renderWithProviders(
      <WisnHeatMapTable
        result={regionalWisn}
        establishmentName={(establishment) => establishment.nameFr}
        provinceName={(code) => ({ '01.151': 'Chefchaouen', '01.571': 'Tétouan' })[code] ?? code}
        onSelect={onSelect}
      />,
    );
    const table = screen.getByRole('table', { name: 'Ratio WISN par établissement et catégorie' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Établissement', 'Province', 'Médecin généraliste', 'Sage-femme', 'Toutes catégories']);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement | undefined) =>
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(first)).toEqual(['CSR de testCSR-2', 'Chefchaouen', '0,25', '', '0,25']);
    expect(cells(second)).toEqual(['CHP de testCHP', 'Tétouan', '0,7', '1', '0,79']);
    await userEvent.click(screen.getByRole('button', { name: 'CSR de test, Médecin généraliste : ouvrir le calcul' }));
    expect(onSelect).toHaveBeenCalledWith(centreId, 'general_practitioner');
    expect(screen.getAllByTitle('Pénurie grave')).toHaveLength(1);
  });

  it('says so when no establishment has a standard in force', () => {
    renderWithProviders(
      <WisnHeatMapTable
        result={{ ...regionalWisn, rows: [], totals: { ...regionalWisn.totals, byEstablishment: [] } }}
        establishmentName={(establishment) => establishment.nameFr}
        provinceName={(code) => code}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByText(/Aucun établissement n'a de norme WISN/)).toBeTruthy();
  });
});
