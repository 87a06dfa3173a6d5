// @vitest-environment jsdom
import type { Notification } from '@tansiq/domain';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meWith, referralId } from '../../referrals/testing/referral-fixtures';
import { renderReferralUi } from '../../referrals/testing/render-referral-ui';
import { callsTo, stubApi } from '../../referrals/testing/stub-api';
import { NotificationBell } from './notification-bell';

const user = userEvent.setup({ delay: null });

const notification = (overrides: Partial<Notification>): Notification => ({
  id: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a',
  kind: 'referral_received',
  entityType: 'referral',
  entityId: referralId,
  params: { number: 'TTA-R26-000123', specialtyCode: 'cardiology', urgency: 'routine' },
  createdAt: '2026-12-07T09:00:00Z',
  readAt: null,
  ...overrides,
});

function stubNotifications() {
  return stubApi({
    'GET /api/notifications': {
      status: 200,
      body: {
        items: [
          notification({}),
          notification({
            id: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
            kind: 'referral_overdue',
            params: { number: 'TTA-R26-000100', specialtyCode: 'cardiology', urgency: 'urgent', timer: 'accept' },
            readAt: '2026-12-07T10:00:00Z',
          }),
        ],
        total: 2,
        unread: 3,
        page: 1,
        pageSize: 10,
      },
    },
    'POST /api/notifications/read': { status: 200, body: { marked: 1 } },
  });
}

describe('NotificationBell', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the unread count and the latest notifications in words', async () => {
    stubNotifications();
    renderReferralUi(<NotificationBell />, meWith('physician'));
    await user.click(await screen.findByRole('button', { name: 'Notifications (3 non lues)' }));
    expect(await screen.findByText('Nouvelle référence TTA-R26-000123 en Cardiologie à trier')).toBeTruthy();
    expect(screen.getByText('Référence TTA-R26-000100 en retard : acceptation')).toBeTruthy();
  });

  it('marks a notification read and opens its referral', async () => {
    const fetchMock = stubNotifications();
    const { router } = renderReferralUi(<NotificationBell />, meWith('physician'));
    await user.click(await screen.findByRole('button', { name: /Notifications/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Nouvelle référence TTA-R26-000123/ }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/referrals/${referralId}`));
    expect(callsTo(fetchMock, 'POST', '/api/notifications/read')[0]?.body).toEqual({
      ids: ['1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a'],
    });
  });

  it('takes a GST director from an escalation to the overdue referrals, not to the referral', async () => {
    stubNotifications();
    const me = meWith('gst_director');
    const [assignment] = me.user.assignments;
    if (assignment) {
      Object.assign(assignment, { scopeLevel: 'gst', establishmentId: null, establishmentName: null });
    }
    const { router } = renderReferralUi(<NotificationBell />, me);
    await user.click(await screen.findByRole('button', { name: /Notifications/ }));
    await user.click(await screen.findByRole('menuitem', { name: /TTA-R26-000100 en retard/ }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/referral-indicators'));
    expect(router.state.location.hash).toBe('overdue');
  });

  it('marks everything read at once', async () => {
    const fetchMock = stubNotifications();
    renderReferralUi(<NotificationBell />, meWith('physician'));
    await user.click(await screen.findByRole('button', { name: /Notifications/ }));
    await user.click(await screen.findByRole('button', { name: 'Tout marquer comme lu' }));
    await vi.waitFor(() =>
      expect(callsTo(fetchMock, 'POST', '/api/notifications/read')[0]?.body).toEqual({ ids: 'all' }),
    );
  });
});
