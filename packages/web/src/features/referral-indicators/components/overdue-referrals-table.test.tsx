// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { callsTo, stubApi } from '../../referrals/testing/stub-api';
import type { IndicatorFilters } from '../api/use-referral-indicators';
import { OverdueReferralsTable } from './overdue-referrals-table';

const gstId = '5a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const filters: IndicatorFilters = {
  gstId,
  from: '2026-01-01',
  to: '2026-12-07',
  side: 'destination',
  specialtyCode: 'cardiology',
  provinceCode: '',
  establishmentId: '',
};
const place = (id: string, nameFr: string) => ({ id, nameFr, nameAr: null });
const item = (number: string, dueAt: string) => ({
  id: `0c1d2e3f-4a5b-4c6d-8e7f-${number.slice(-6).padStart(12, '0')}`,
  number,
  specialtyCode: 'cardiology',
  urgency: 'urgent',
  status: 'sent',
  origin: place('1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'CSR Bab Taza'),
  destination: place('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'CHP Chefchaouen'),
  timer: 'accept',
  dueAt,
  escalatedAt: null,
});

function render() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithProviders(
    <QueryClientProvider client={client}>
      <OverdueReferralsTable filters={filters} />
    </QueryClientProvider>,
  );
}

describe('OverdueReferralsTable', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the overdue referrals with the timer and how late, without the period, and pages', async () => {
    const fetchMock = stubApi({
      'GET /api/referral-indicators/overdue': {
        status: 200,
        body: { items: [item('TTA-R26-000123', '2026-01-10T23:00:00Z')], total: 12, page: 1, pageSize: 10 },
      },
    });
    render();
    const table = await screen.findByRole('table', { name: 'Références en retard' });
    const row = within(table).getByRole('row', { name: /TTA-R26-000123/ });
    expect(within(row).getByText('Acceptation')).toBeTruthy();
    expect(within(row).getByText('CSR Bab Taza')).toBeTruthy();
    expect(within(row).getByText(/jours de retard/)).toBeTruthy();
    expect(screen.getByText('12 références en retard')).toBeTruthy();
    const url = callsTo(fetchMock, 'GET', '/api/referral-indicators/overdue')[0]?.url ?? '';
    expect(url).toContain('specialtyCode=cardiology');
    expect(url).not.toContain('from=');
    await userEvent.click(screen.getByRole('button', { name: '2' }));
    await vi.waitFor(() =>
      expect(callsTo(fetchMock, 'GET', '/api/referral-indicators/overdue').at(-1)?.url).toContain('page=2'),
    );
  });

  it('says when nothing is late', async () => {
    stubApi({
      'GET /api/referral-indicators/overdue': { status: 200, body: { items: [], total: 0, page: 1, pageSize: 10 } },
    });
    render();
    expect(await screen.findByText('Aucune référence en retard')).toBeTruthy();
  });
});
