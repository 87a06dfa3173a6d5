// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RosterDetail } from '@tansiq/domain';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RosterGrid } from './roster-grid';
import { ShiftEditorModal } from './shift-editor-modal';

const lineId = '5b0c7c1e-0000-4000-8000-000000000001';
const amina = '5b0c7c1e-0000-4000-8000-00000000000a';
const karim = '5b0c7c1e-0000-4000-8000-00000000000b';
const spread = { min: 0, max: 1, mean: 0.5, stddev: 0.5 };

const roster: RosterDetail = {
  id: '5b0c7c1e-0000-4000-8000-0000000000ff',
  gstId: '5b0c7c1e-0000-4000-8000-000000000009',
  month: '2031-01',
  lineIds: [lineId],
  status: 'draft',
  version: 3,
  shiftCount: 2,
  gapCount: 1,
  publishedAt: null,
  updatedAt: '2030-12-20T10:00:00.000Z',
  lines: [{ id: lineId, name: 'Urgences CHP', kind: 'garde' }],
  shifts: [
    {
      id: `${lineId}/2031-01-03/1`,
      lineId,
      day: '2031-01-03',
      dayType: 'weekday',
      startsAt: '2031-01-03T17:00:00.000Z',
      endsAt: '2031-01-04T07:00:00.000Z',
      staffId: amina,
    },
    {
      id: `${lineId}/2031-01-04/1`,
      lineId,
      day: '2031-01-04',
      dayType: 'weekend',
      startsAt: '2031-01-04T07:00:00.000Z',
      endsAt: '2031-01-05T07:00:00.000Z',
      staffId: null,
    },
  ],
  staff: [
    { staffId: amina, name: 'Amina Benali', lineIds: [lineId] },
    { staffId: karim, name: 'Karim Idrissi', lineIds: [lineId] },
  ],
  gaps: [{ shiftId: `${lineId}/2031-01-04/1`, reason: 'fillable', fillableBy: [karim] }],
  violations: [],
  fairness: { staff: [], countSpread: spread, loadSpread: spread, normalizedLoadSpread: spread },
  bound: null,
  generation: null,
};

const withClient = (children: React.ReactNode) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    {children}
  </QueryClientProvider>
);

describe('the roster grid and its shift editor', () => {
  beforeAll(() => {
    // jsdom does not scroll; Mantine's combobox scrolls the selected option into view.
    if (!('scrollIntoView' in Element.prototype)) {
      Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
    }
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows holders and marks the unfilled shift', () => {
    renderWithProviders(withClient(<RosterGrid roster={roster} canEdit={false} onEditShift={() => undefined} />));
    expect(screen.getByText('Amina Benali')).toBeTruthy();
    expect(screen.getByText('À pourvoir')).toBeTruthy();
  });

  it('shows the rule a refused change would break, and who could take the shift', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            error: {
              code: 'unprocessable',
              message: 'The roster change breaks a roster rule',
              issues: [{ path: ['assignments', 1], code: 'rest', message: 'Amina Benali needs 24 h of rest' }],
            },
          }),
          { status: 422, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const gap = roster.shifts[1] ?? null;
    renderWithProviders(withClient(<ShiftEditorModal roster={roster} shift={gap} onClose={() => undefined} />));
    expect(await screen.findByText(/sans enfreindre de règle : Karim Idrissi/)).toBeTruthy();
    await userEvent.click(screen.getByRole('combobox', { name: 'Titulaire' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Amina Benali' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Repos insuffisant')).toBeTruthy();
    expect(within(alert).getByText(/needs 24 h of rest/)).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/rosters/${roster.id}`);
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '{}')).toEqual({
      version: 3,
      changes: [{ shiftId: gap?.id, staffId: amina }],
    });
  });
});
