// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { draftMap, townCentre } from '../testing/pathway-fixtures';
import { PathwayOriginsTable } from './pathway-origins-table';

const provinceName = (code: string) => ({ '01.571': 'Tétouan', '01.511': 'Tanger-Assilah' })[code] ?? code;

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Tableau' }))
    .getAllByRole('row')
    .slice(1);

// Typing into Mantine inputs is slow on a loaded machine.
describe('PathwayOriginsTable', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
  });

  it('shows each origin with its ranked destinations, delays, tele-expertise and return', () => {
    renderWithProviders(<PathwayOriginsTable map={draftMap} provinceName={provinceName} />);
    const [first] = bodyRows();
    expect(first).toBeTruthy();
    const cells = within(first as HTMLElement).getAllByRole('cell');
    expect(cells[0]?.textContent).toContain('CSR Bni Karrich');
    expect(cells[2]?.textContent).toBe('Tétouan');
    expect(
      within(cells[3] as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['CHPCHP Saniat Rmel', 'CHRCHR Mohammed V']);
    expect(cells[4]?.textContent).toBe('30 j · 3 j · 6 h');
    expect(cells[5]?.textContent).toBe('Non');
    expect(cells[6]?.textContent).toBe("L'origine");
    expect(screen.getByText('2 origines')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Modifier/ })).toBeNull();
  });

  it('filters by name and by origins with an issue', async () => {
    renderWithProviders(<PathwayOriginsTable map={draftMap} provinceName={provinceName} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Recherche' }), 'medina');
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0]?.textContent).toContain('CSU Tanger Médina');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Recherche' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Avec un problème seulement' }));
    expect(bodyRows().map((row) => row.textContent)).toEqual([expect.stringContaining('CSU Tanger Médina')]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Recherche' }), 'nowhere');
    expect(screen.getByText('Aucune origine ne correspond aux filtres.')).toBeTruthy();
  });

  it('offers an edit button per row when the map can be edited', async () => {
    const onEdit = vi.fn();
    renderWithProviders(<PathwayOriginsTable map={draftMap} provinceName={provinceName} onEdit={onEdit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Modifier la filière de CSU Tanger Médina' }));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ origin: townCentre }));
  });
});
