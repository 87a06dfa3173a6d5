// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import type { RosterSwapView } from '@tansiq/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RosterSwapCard } from './roster-swap-card';

const requestId = '5b0c7c1e-0000-4000-8000-000000000500';
const shift = {
  lineName: 'Urgences CHP',
  kind: 'garde' as const,
  day: '2031-01-03',
  startsAt: '2031-01-03T17:00:00.000Z',
  endsAt: '2031-01-04T07:00:00.000Z',
};
const view: RosterSwapView = {
  rosterId: '5b0c7c1e-0000-4000-8000-0000000000ff',
  month: '2031-01',
  shift: { shiftId: 's0', ...shift },
  holder: { staffId: '5b0c7c1e-0000-4000-8000-00000000000a', name: 'Amina Benali' },
  colleague: { staffId: '5b0c7c1e-0000-4000-8000-00000000000b', name: 'Karim Idrissi', cadre: 'general_practitioner' },
  counterShift: null,
  reason: 'Mariage de ma sœur',
  brokenRules: [],
};

function renderCard(body: RosterSwapView) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    ),
  );
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RosterSwapCard requestId={requestId} />
    </QueryClientProvider>,
  );
}

describe('the roster swap card', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the shift, holder → colleague, a plain replacement, and that the roster still allows it', async () => {
    renderCard(view);
    const card = await screen.findByRole('region', { name: 'Échange de garde' });
    expect(await within(card).findByText('Amina Benali → Karim Idrissi (Médecin généraliste)')).toBeTruthy();
    expect(within(card).getByText(/^Urgences CHP \(Garde\)/)).toBeTruthy();
    expect(within(card).getByText('Aucune (remplacement simple)')).toBeTruthy();
    expect(within(card).getByText('Le tableau actuel permet cet échange')).toBeTruthy();
  });

  it('lists the rules the swap would break today', async () => {
    renderCard({ ...view, brokenRules: [{ code: 'rest', message: 'Karim Idrissi needs 24 h of rest' }] });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Le tableau actuel ne permet plus cet échange')).toBeTruthy();
    expect(within(alert).getByText('Repos insuffisant')).toBeTruthy();
  });
});
