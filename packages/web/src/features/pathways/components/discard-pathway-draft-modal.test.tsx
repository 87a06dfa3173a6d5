// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { draftMap } from '../testing/pathway-fixtures';
import { stubApi } from '../testing/stub-api';
import { DiscardPathwayDraftModal } from './discard-pathway-draft-modal';

function renderModal(onDiscarded = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <DiscardPathwayDraftModal map={draftMap} onClose={vi.fn()} onDiscarded={onDiscarded} />
    </QueryClientProvider>,
  );
  return onDiscarded;
}

describe('DiscardPathwayDraftModal', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('deletes the draft at the revision read, after an explicit click', async () => {
    const fetchMock = stubApi({ [`/api/pathway-maps/${draftMap.id}`]: { status: 200, body: null } });
    const onDiscarded = renderModal();
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    await vi.waitFor(() => expect(onDiscarded).toHaveBeenCalled(), { timeout: 5000 });
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/pathway-maps/${draftMap.id}?revision=5`,
      expect.objectContaining({ method: 'DELETE' }),
    );
  });

  it('says why the draft could not be discarded', async () => {
    stubApi({
      [`/api/pathway-maps/${draftMap.id}`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'Changed meanwhile', issues: [] } },
      },
    });
    const onDiscarded = renderModal();
    await userEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(onDiscarded).not.toHaveBeenCalled();
  });
});
