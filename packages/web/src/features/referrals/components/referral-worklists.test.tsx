// @vitest-environment jsdom
import type { ReferralSummary } from '@tansiq/domain';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferralWorklistFilters } from '../api/referral-worklist-filters';
import { chrId, meWith, referral } from '../testing/referral-fixtures';
import { renderReferralUi } from '../testing/render-referral-ui';
import { ReferralWorklists } from './referral-worklists';

const user = userEvent.setup({ delay: null });

const summary = (overrides: Partial<ReferralSummary> = {}): ReferralSummary => {
  const { id, number, status, urgency, specialtyCode, patient, origin, destination, sender, inPathway, sentAt } =
    referral();
  return {
    ...{ id, number, status, urgency, specialtyCode, patient, origin, destination, sender, inPathway, sentAt },
    appointment: null,
    timers: [{ timer: 'accept', dueAt: '2026-12-01T09:00:00Z', state: 'breached' }],
    overdue: true,
    updatedAt: '2026-12-07T09:00:00Z',
    ...overrides,
  };
};

/** Answers the worklists by their `worklist` parameter: 2 overdue referrals, 1 to triage. */
function stubWorklists() {
  return vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://localhost',
      );
      const worklist = url.searchParams.get('worklist');
      const items = worklist === 'overdue' ? [summary(), summary()] : worklist === 'to_triage' ? [summary()] : [];
      return Promise.resolve(
        new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: 25 }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
}

describe('ReferralWorklists', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows a physician both sides, opens triage first and counts the overdue referrals in red', async () => {
    stubWorklists();
    renderReferralUi(
      <ReferralWorklists filters={{ page: 1 }} onFiltersChange={vi.fn()} />,
      meWith('physician', chrId, 'CHR Saniat Rmel Tétouan'),
    );
    const tabs = (await screen.findAllByRole('tab')).map((tab) => tab.textContent);
    expect(tabs).toEqual([
      'Envoyées par moi',
      "Envoyées d'ici",
      'À clôturer',
      'À trier',
      'À programmer',
      'Rendez-vous à venir',
      'Contre-référence à faire',
      expect.stringMatching(/^En retard/),
      'Terminées',
    ]);
    expect(screen.getByRole('tab', { name: /À trier/ }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByLabelText('2 références en retard')).toBeTruthy();
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(2);
    const row = within(rows[1] ?? document.body);
    expect(row.getByRole('link', { name: 'TTA-R26-000123' })).toBeTruthy();
    expect(row.getByText('EL AMRANI Mohamed')).toBeTruthy();
    expect(row.getByText('Cardiologie')).toBeTruthy();
    expect(row.getByText('Acceptation en retard')).toBeTruthy();
  });

  it('offers the desk no triage and keeps the chosen tab in the filters', async () => {
    stubWorklists();
    const onFiltersChange = vi.fn<(filters: ReferralWorklistFilters) => void>();
    renderReferralUi(
      <ReferralWorklists filters={{ page: 3 }} onFiltersChange={onFiltersChange} />,
      meWith('secretary', chrId, 'CHR Saniat Rmel Tétouan'),
    );
    expect(await screen.findByRole('tab', { name: 'À programmer' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: /À trier/ })).toBeNull();
    expect(screen.getByRole('tab', { name: 'À programmer' }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('tab', { name: 'Rendez-vous à venir' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ establishmentId: chrId, worklist: 'upcoming', page: 1 });
  });
});
