// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Actor, IncentiveStatementPage } from '@tansiq/domain';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { IncentiveStatementsPanel } from './incentive-statements-panel';

const gstId = '7d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a03';
const actorWith = (role: 'hr_officer' | 'establishment_admin'): Actor => ({
  userId: 'a1c6a7e0-3f3b-4d3e-9a55-1b9f2f6c0a09',
  username: role,
  displayName: role,
  assignments: [
    {
      role,
      scopeLevel: role === 'hr_officer' ? 'gst' : 'establishment',
      gstId,
      provinceCode: null,
      establishmentId: role === 'hr_officer' ? null : 'b1c6a7e0-3f3b-4d3e-9a55-1b9f2f6c0a08',
    },
  ],
});
const page: IncentiveStatementPage = {
  items: [
    {
      id: '5d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a01',
      gstId,
      month: '2026-03',
      status: 'computed',
      version: 1,
      staffMember: {
        id: '8d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a04',
        staffId: 'TTA-S-0000017',
        name: 'Salma Alaoui',
        cadre: 'specialist',
      },
      establishment: { id: '6d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a02', nameFr: 'CHP Chefchaouen', nameAr: null },
      activityCount: 3,
      grossCentimes: 122_500,
      totalCentimes: 122_500,
      computedAt: '2026-04-01T08:00:00.000Z',
      validatedAt: null,
      exportedAt: null,
    },
  ],
  total: 1,
  page: 1,
  pageSize: 25,
  totals: { totalCentimes: 122_500, computed: 1, validated: 0, exported: 0 },
};
const result = {
  month: '2026-03',
  ruleSetVersion: 1,
  computed: 1,
  kept: 0,
  removed: 0,
  activityCount: 3,
  totalCentimes: 122_500,
  durationMs: 1200,
};
const urlOf = (input: unknown): string => (typeof input === 'string' ? input : '');
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

function renderPanel(actor: Actor) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <IncentiveStatementsPanel actor={actor} gstId={gstId} month="2026-03" establishments={[]} />
    </QueryClientProvider>,
  );
}

describe('IncentiveStatementsPanel', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the month with its totals, computes it, and links the payroll export for HR', async () => {
    const fetchMock = vi.fn<typeof fetch>((input) =>
      Promise.resolve(json(urlOf(input).includes('/compute') ? result : page)),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderPanel(actorWith('hr_officer'));
    expect(await screen.findByRole('button', { name: 'Voir le relevé de Salma Alaoui' })).toBeTruthy();
    expect(screen.getByText(/1 relevés — total 1.?225,00 MAD/)).toBeTruthy();
    const exportLink = screen.getByRole('link', { name: 'Exporter pour la paie (CSV)' });
    expect(exportLink.getAttribute('href')).toBe(`/api/incentive-statements/export.csv?gstId=${gstId}&month=2026-03`);
    await userEvent.click(screen.getByRole('button', { name: 'Calculer les relevés du mois' }));
    expect(await screen.findByText(/1 relevés calculés, 0 validés conservés/)).toBeTruthy();
    const computeCall = fetchMock.mock.calls.find(([url]) => urlOf(url).includes('/compute'));
    expect(JSON.parse(typeof computeCall?.[1]?.body === 'string' ? computeCall[1].body : '')).toEqual({
      gstId,
      month: '2026-03',
    });
  });

  it('shows an establishment admin the list without compute or export', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() => Promise.resolve(json(page))),
    );
    renderPanel(actorWith('establishment_admin'));
    expect(await screen.findByRole('button', { name: 'Voir le relevé de Salma Alaoui' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Calculer les relevés du mois' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Exporter pour la paie (CSV)' })).toBeNull();
  });
});
