// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { BreakGlassBanner } from './break-glass-banner';

const patientId = '2d8b5e4c-3f6a-4b7c-8d9e-1f2a3b4c5d6e';
const breakGlassId = '7c2d0e9f-8a1b-4c2d-9e3f-6a7b8c9d0e12';
const inTwoHours = () => new Date(Date.now() + 2 * 3_600_000).toISOString();

function renderBanner(expiresAt: string, onEnded = vi.fn()) {
  renderWithProviders(
    <QueryClientProvider client={new QueryClient()}>
      <BreakGlassBanner patientId={patientId} breakGlassId={breakGlassId} expiresAt={expiresAt} onEnded={onEnded} />
    </QueryClientProvider>,
  );
  return onEnded;
}

// No delay between keystrokes: typing stays fast on a busy machine.
const user = userEvent.setup({ delay: null });

describe('BreakGlassBanner', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says until when the exceptional access runs, and ends it on request', async () => {
    const expiresAt = inTwoHours();
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            id: breakGlassId,
            gstId: '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c',
            patientId,
            userId: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f',
            establishmentId: null,
            reasonCode: 'emergency',
            reasonText: 'Arrêt cardiaque en salle',
            startedAt: new Date().toISOString(),
            expiresAt,
            endedAt: new Date().toISOString(),
            state: 'ended',
            reviewStatus: 'pending',
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onEnded = renderBanner(expiresAt);
    const time = new Intl.DateTimeFormat('fr-MA', { timeStyle: 'short' }).format(new Date(expiresAt));
    expect(screen.getByText(`Accès exceptionnel jusqu'à ${time}, tracé et revu par le DPO.`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: "Mettre fin à l'accès" }));
    await vi.waitFor(() => expect(onEnded).toHaveBeenCalledTimes(1));
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/break-glass/${breakGlassId}/end`,
      expect.objectContaining({ method: 'POST' }),
    );
  });

  it('tells the page when the access runs out', async () => {
    const onEnded = renderBanner(new Date(Date.now() + 50).toISOString());
    await vi.waitFor(() => expect(onEnded).toHaveBeenCalledTimes(1));
  });
});
