// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { ServiceRow } from './establishment-form-values';
import { ServicesEditor } from './services-editor';

function Harness({
  initial,
  errors = {},
  onRows,
}: {
  initial: ServiceRow[];
  errors?: Record<string, string>;
  onRows: (rows: ServiceRow[]) => void;
}) {
  const [rows, setRows] = useState(initial);
  return (
    <ServicesEditor
      rows={rows}
      errors={errors}
      onChange={(next) => {
        setRows(next);
        onRows(next);
      }}
    />
  );
}

type RowsSpy = ReturnType<typeof vi.fn<(rows: ServiceRow[]) => void>>;
const lastRows = (spy: RowsSpy): ServiceRow[] => spy.mock.calls.at(-1)?.[0] ?? [];

describe('ServicesEditor', () => {
  afterEach(cleanup);

  it('adds a service with a specialty not yet offered and 0 beds', async () => {
    const onRows = vi.fn<(rows: ServiceRow[]) => void>();
    renderWithProviders(
      <Harness initial={[{ key: 'a', specialtyCode: 'general_medicine', beds: 0 }]} onRows={onRows} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un service' }));
    expect(screen.getByLabelText('Spécialité 2')).toHaveProperty('value', 'emergency');
    expect(lastRows(onRows).map((row) => [row.specialtyCode, row.beds])).toEqual([
      ['general_medicine', 0],
      ['emergency', 0],
    ]);
  });

  it('edits the beds of a row and shows the total', async () => {
    const onRows = vi.fn<(rows: ServiceRow[]) => void>();
    renderWithProviders(<Harness initial={[{ key: 'a', specialtyCode: 'paediatrics', beds: 10 }]} onRows={onRows} />);
    const beds = screen.getByLabelText('Lits 1');
    await userEvent.clear(beds);
    await userEvent.type(beds, '24');
    expect(lastRows(onRows)[0]?.beds).toBe(24);
    expect(screen.getByText('Total : 24 lits')).toBeTruthy();
  });

  it('removes a row', async () => {
    const onRows = vi.fn<(rows: ServiceRow[]) => void>();
    renderWithProviders(
      <Harness
        initial={[
          { key: 'a', specialtyCode: 'paediatrics', beds: 10 },
          { key: 'b', specialtyCode: 'emergency', beds: 4 },
        ]}
        onRows={onRows}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retirer le service 1' }));
    expect(lastRows(onRows).map((row) => row.specialtyCode)).toEqual(['emergency']);
    expect(screen.queryByLabelText('Spécialité 2')).toBeNull();
  });

  it('shows a field error next to the row it belongs to', () => {
    renderWithProviders(
      <Harness
        initial={[{ key: 'a', specialtyCode: 'paediatrics', beds: 10 }]}
        errors={{ 'services.0.beds': 'Valeur trop grande.' }}
        onRows={vi.fn()}
      />,
    );
    expect(screen.getByText('Valeur trop grande.')).toBeTruthy();
    expect(screen.getByLabelText('Lits 1').getAttribute('aria-invalid')).toBe('true');
  });
});
