// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReferral } from '../api/use-referral';
import { chuId, chu, destinations, meWith, referral, referralId } from '../testing/referral-fixtures';
import { renderReferralUi } from '../testing/render-referral-ui';
import { callsTo, stubApi } from '../testing/stub-api';
import { ReferralActions } from './referral-actions';

const user = userEvent.setup({ delay: null });
const path = `/api/referrals/${referralId}`;

/** The actions bar fed by the referral query, as on the page (a 409 reloads it). */
function ActionsOfLoadedReferral() {
  const loaded = useReferral(referralId);
  return loaded.data ? <ReferralActions referral={loaded.data} /> : null;
}

const fetchMock = () => vi.mocked(fetch);

describe('ReferralActions', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('offers exactly the actions the server allows', async () => {
    stubApi({
      [`GET ${path}`]: { status: 200, body: referral({ allowedActions: ['accept', 'decline', 'redirect'] }) },
    });
    renderReferralUi(<ActionsOfLoadedReferral />, meWith('physician'));
    const bar = within(await screen.findByRole('region', { name: 'Actions' }));
    expect(bar.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Accepter',
      'Refuser',
      'Réorienter',
    ]);
  });

  it('accepts with the version seen and shows the new status’s actions', async () => {
    stubApi({
      [`GET ${path}`]: { status: 200, body: referral() },
      [`POST ${path}/accept`]: {
        status: 200,
        body: referral({ status: 'accepted', version: 3, allowedActions: ['waitlist', 'redirect'] }),
      },
    });
    renderReferralUi(<ActionsOfLoadedReferral />, meWith('physician'));
    await user.click(await screen.findByRole('button', { name: 'Accepter' }));
    expect(await screen.findByRole('button', { name: "Mettre en liste d'attente" })).toBeTruthy();
    expect(callsTo(fetchMock(), 'POST', `${path}/accept`)[0]?.body).toEqual({ version: 2 });
  });

  it('says what the referral became when someone moved it first (409), and reloads it', async () => {
    let moved = false;
    stubApi({
      [`GET ${path}`]: () => ({
        status: 200,
        body: moved ? referral({ status: 'declined', version: 3, allowedActions: [] }) : referral(),
      }),
      [`POST ${path}/accept`]: () => {
        moved = true;
        return {
          status: 409,
          body: {
            error: {
              code: 'conflict',
              message: 'A referral in status "declined" does not allow "accept"',
              issues: [],
              details: { status: 'declined', allowedActions: [], version: 3 },
            },
          },
        };
      },
    });
    renderReferralUi(<ActionsOfLoadedReferral />, meWith('physician'));
    await user.click(await screen.findByRole('button', { name: 'Accepter' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Cette référence a changé entre-temps : elle est maintenant « Refusée ». La page a été rechargée.',
    );
    expect(await screen.findByText('Aucune action possible pour vous à ce stade.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accepter' })).toBeNull();
  });

  it('declines with a reason and advice, from a modal', async () => {
    stubApi({
      [`GET ${path}`]: { status: 200, body: referral() },
      [`POST ${path}/decline`]: { status: 200, body: referral({ status: 'declined', allowedActions: [] }) },
    });
    renderReferralUi(<ActionsOfLoadedReferral />, meWith('physician'));
    await user.click(await screen.findByRole('button', { name: 'Refuser' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Refuser' }));
    await user.click(dialog.getByRole('button', { name: 'Refuser' }));
    expect(dialog.getByRole('textbox', { name: /Conseil/ }).getAttribute('aria-invalid')).toBe('true');
    expect(callsTo(fetchMock(), 'POST', `${path}/decline`)).toHaveLength(0);
    await user.click(dialog.getByRole('combobox', { name: /Motif du refus/ }));
    await user.click(await screen.findByRole('option', { name: 'Mauvaise spécialité' }));
    await user.type(dialog.getByRole('textbox', { name: /Conseil/ }), 'Adresser en pneumologie');
    await user.click(dialog.getByRole('button', { name: 'Refuser' }));
    await vi.waitFor(() =>
      expect(callsTo(fetchMock(), 'POST', `${path}/decline`)[0]?.body).toEqual({
        version: 2,
        reason: 'wrong_specialty',
        advice: 'Adresser en pneumologie',
      }),
    );
  });

  it('edits a draft in a modal (PATCH with the version seen), then offers to send it', async () => {
    const draft = referral({ status: 'draft', urgency: 'routine', allowedActions: ['edit', 'send', 'cancel'] });
    stubApi({
      [`GET ${path}`]: { status: 200, body: draft },
      [`PATCH ${path}`]: { status: 200, body: { ...draft, urgency: 'urgent', version: 3 } },
    });
    renderReferralUi(<ActionsOfLoadedReferral />, meWith('nurse'));
    await user.click(await screen.findByRole('button', { name: 'Modifier le brouillon' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Modifier le brouillon' }));
    await user.click(dialog.getByText('Urgente'));
    const reason = dialog.getByRole('textbox', { name: /Motif de la référence/ });
    await user.clear(reason);
    await user.click(dialog.getByRole('button', { name: 'Modifier le brouillon' }));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await user.type(reason, 'Souffle systolique');
    await user.click(dialog.getByRole('button', { name: 'Modifier le brouillon' }));
    await vi.waitFor(() =>
      expect(callsTo(fetchMock(), 'PATCH', path)[0]?.body).toMatchObject({
        version: 2,
        urgency: 'urgent',
        reason: 'Souffle systolique',
      }),
    );
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Envoyer' })).toBeTruthy();
  });

  it('redirects to a destination picked among those ranked from the origin', async () => {
    stubApi({
      [`GET ${path}`]: { status: 200, body: referral() },
      'GET /api/referral-destinations': { status: 200, body: destinations },
      [`POST ${path}/redirect`]: { status: 200, body: referral({ destination: chu, allowedActions: [] }) },
    });
    renderReferralUi(<ActionsOfLoadedReferral />, meWith('physician'));
    await user.click(await screen.findByRole('button', { name: 'Réorienter' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Réorienter' }));
    // The current destination (the CHR) is not offered again.
    expect(await dialog.findAllByTestId('destination-card')).toHaveLength(1);
    await user.click(dialog.getByRole('radio', { name: /CHU Mohammed VI Tanger/ }));
    await user.type(dialog.getByRole('textbox', { name: /Note/ }), 'Plateau technique du CHU');
    await user.click(dialog.getByRole('button', { name: 'Réorienter' }));
    await vi.waitFor(() =>
      expect(callsTo(fetchMock(), 'POST', `${path}/redirect`)[0]?.body).toEqual({
        version: 2,
        destinationEstablishmentId: chuId,
        note: 'Plateau technique du CHU',
      }),
    );
  });

  it('books one of the free slots, grouped by day', async () => {
    stubApi({
      [`GET ${path}`]: { status: 200, body: referral({ status: 'accepted', allowedActions: ['book', 'waitlist'] }) },
      [`GET /api/establishments/${referral().destination.id}/services/cardiology/free-slots`]: {
        status: 200,
        body: [
          {
            scheduleId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
            sessionDate: '2026-12-09',
            slotIndex: 0,
            startsAt: '2026-12-09T08:00:00Z',
            endsAt: '2026-12-09T08:20:00Z',
            mode: 'in_person',
          },
          {
            scheduleId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
            sessionDate: '2026-12-09',
            slotIndex: 1,
            startsAt: '2026-12-09T08:20:00Z',
            endsAt: '2026-12-09T08:40:00Z',
            mode: 'in_person',
          },
        ],
      },
      [`POST ${path}/appointment`]: { status: 200, body: referral({ status: 'booked', allowedActions: [] }) },
    });
    renderReferralUi(<ActionsOfLoadedReferral />, meWith('secretary'));
    await user.click(await screen.findByRole('button', { name: 'Donner un rendez-vous' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Donner un rendez-vous' }));
    expect(await dialog.findAllByRole('radio')).toHaveLength(2);
    await user.click(dialog.getAllByRole('radio', { name: /20/ })[0] ?? document.body);
    await user.click(dialog.getByRole('button', { name: 'Donner un rendez-vous' }));
    await vi.waitFor(() =>
      expect(callsTo(fetchMock(), 'POST', `${path}/appointment`)[0]?.body).toEqual({
        version: 2,
        scheduleId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        sessionDate: '2026-12-09',
        slotIndex: 1,
      }),
    );
  });
});
