// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { openTeleexpertise, stubFetch } from '../testing/teleexpertise-fixtures';
import { TeleconsultationBooking } from './teleconsultation-booking';

const slot = {
  scheduleId: '7e1c0000-0000-4000-8000-0000000000aa',
  sessionDate: '2026-12-10',
  slotIndex: 2,
  startsAt: '2026-12-10T14:00:00.000Z',
  endsAt: '2026-12-10T14:30:00.000Z',
};

const renderBooking = () =>
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TeleconsultationBooking teleexpertise={{ ...openTeleexpertise, allowedActions: ['book_teleconsultation'] }} />
    </QueryClientProvider>,
  );

describe('TeleconsultationBooking', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists the free teleconsultation slots and books the one chosen', async () => {
    const calls = stubFetch((url) => ({
      body: url.endsWith('/teleconsultation-slots') ? [slot] : openTeleexpertise,
    }));
    renderBooking();
    const [input] = await screen.findAllByLabelText('Créneau de téléconsultation');
    if (!input) {
      throw new Error('no slot field');
    }
    await userEvent.click(input);
    await userEvent.click(await screen.findByRole('option'));
    await userEvent.click(screen.getByRole('button', { name: 'Réserver' }));
    await vi.waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      url: `/api/teleexpertise/${openTeleexpertise.id}/teleconsultation`,
      method: 'POST',
      body: {
        scheduleId: slot.scheduleId,
        sessionDate: slot.sessionDate,
        slotIndex: slot.slotIndex,
      },
    });
  });

  it('says when the service has no free teleconsultation slot', async () => {
    stubFetch(() => ({ body: [] }));
    renderBooking();
    expect(await screen.findByText(/Aucun créneau de téléconsultation libre/)).toBeTruthy();
  });
});
