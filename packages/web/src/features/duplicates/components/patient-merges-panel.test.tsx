// @vitest-environment jsdom
import type { PatientMerge } from '@tansiq/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { comparisonOf, gstId, newer, older } from '../testing/duplicate-fixtures';
import { PatientMergesPanel } from './patient-merges-panel';

const merge = (overrides: Partial<PatientMerge>): PatientMerge => ({
  id: '7c6b5a49-0000-4000-8000-000000000003',
  gstId,
  survivorId: older.id,
  mergedId: newer.id,
  merged: comparisonOf(older, newer).pair.patientB,
  survivorChanges: [{ field: 'cin', before: null, after: 'LB123456' }],
  automatic: false,
  runId: null,
  probability: 0.93,
  mergedAt: '2025-10-02T09:15:00.000Z',
  mergedBy: { id: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f', displayName: 'Salma Idrissi' },
  undoneAt: null,
  undoneBy: null,
  ...overrides,
});

function stubApi(merges: PatientMerge[]) {
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    const unmerging = init?.method === 'POST';
    const body = unmerging ? { mergeId: merges[0]?.id, survivorId: older.id, restoredId: newer.id } : merges;
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const renderPanel = () =>
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <PatientMergesPanel patientId={older.id} />
    </QueryClientProvider>,
  );

describe('PatientMergesPanel', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists who merged which record, automatic or not, in effect or undone', async () => {
    stubApi([
      merge({}),
      merge({
        id: '7c6b5a49-0000-4000-8000-000000000004',
        automatic: true,
        mergedBy: null,
        undoneAt: '2025-10-03T09:15:00.000Z',
        undoneBy: { id: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f', displayName: 'Salma Idrissi' },
      }),
    ]);
    renderPanel();
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(2);
    const row = (index: number) => {
      const element = rows[index];
      if (!element) {
        throw new Error(`No row ${index}`);
      }
      return within(element);
    };
    expect(row(0).getByText('Salma Idrissi')).toBeTruthy();
    expect(row(0).getByText('En vigueur')).toBeTruthy();
    expect(row(0).getByText('Mohammed Amrani')).toBeTruthy();
    expect(row(1).getByText('Automatique')).toBeTruthy();
    expect(row(1).getByText(/Annulée le .* par Salma Idrissi/)).toBeTruthy();
    expect(row(1).queryByRole('button', { name: 'Défusionner' })).toBeNull();
  });

  it('unmerges after a confirm step, sending the pair back to the queue when asked', async () => {
    const fetchMock = stubApi([merge({})]);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Défusionner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler cette fusion ?' });
    await userEvent.click(within(dialog).getByLabelText(/Remettre la paire dans la file de revue/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Défusionner' }));
    await vi.waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/patient-merges/7c6b5a49-0000-4000-8000-000000000003/unmerge',
        expect.objectContaining({ method: 'POST', body: JSON.stringify({ requeue: true }) }),
      ),
    );
  });

  it('says when nothing was merged into the record', async () => {
    stubApi([]);
    renderPanel();
    expect(await screen.findByText("Aucune fiche n'a été fusionnée dans celle-ci.")).toBeTruthy();
  });
});
