// @vitest-environment jsdom
import type { BreakGlassReviewItem } from '@tansiq/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ReviewBreakGlassModal } from './review-break-glass-modal';

const access: BreakGlassReviewItem = {
  id: '7c2d0e9f-8a1b-4c2d-9e3f-6a7b8c9d0e12',
  gstId: '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c',
  patientId: '2d8b5e4c-3f6a-4b7c-8d9e-1f2a3b4c5d6e',
  userId: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f',
  establishmentId: null,
  reasonCode: 'other',
  reasonText: 'Curiosité pour un voisin hospitalisé',
  startedAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-01T14:00:00.000Z',
  endedAt: '2026-03-01T10:20:00.000Z',
  state: 'ended',
  reviewStatus: 'pending',
  user: { id: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f', username: 'k.bennani', displayName: 'Dr Karim Bennani' },
  establishment: null,
  patient: {
    id: '2d8b5e4c-3f6a-4b7c-8d9e-1f2a3b4c5d6e',
    regionalId: '1234567890',
    givenNameLatin: 'Zineb',
    familyNameLatin: 'Amrani',
    givenNameArabic: null,
    familyNameArabic: null,
  },
  durationMinutes: 20,
  auditEventCount: 2,
  actions: [{ action: 'patient.timeline.read', count: 2 }],
  reviewedBy: null,
  reviewedAt: null,
  reviewNote: null,
};

// No delay between keystrokes: typing stays fast on a busy machine.
const user = userEvent.setup({ delay: null });

describe('ReviewBreakGlassModal', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('needs a note before judging an access unjustified, then sends the decision', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(JSON.stringify({ ...access, reviewStatus: 'unjustified' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onClose = vi.fn();
    renderWithProviders(
      <QueryClientProvider client={new QueryClient()}>
        <ReviewBreakGlassModal access={access} onClose={onClose} />
      </QueryClientProvider>,
    );
    expect(screen.getByText(/Dr Karim Bennani a ouvert le dossier de Zineb Amrani/)).toBeTruthy();
    await user.click(screen.getByText('Injustifié'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await screen.findByText("Expliquez pourquoi cet accès n'était pas justifié.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText(/^Observation/), 'Aucun lien de soins');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    const body = fetchMock.mock.calls[0]?.[1]?.body;
    expect(JSON.parse(typeof body === 'string' ? body : '{}')).toEqual({
      decision: 'unjustified',
      note: 'Aucun lien de soins',
    });
  });
});
