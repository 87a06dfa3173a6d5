// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApprovalConfigList } from '@tansiq/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ApprovalChainsEditor } from './approval-chains-editor';

const gstId = '00000000-0000-4000-8000-000000000a00';
const hr = { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 3 } as const;
const list: ApprovalConfigList = {
  gstId,
  types: [
    {
      type: 'mobility',
      chains: [
        {
          when: { amountOver: null, amountUpTo: null, durationOverDays: null, durationUpToDays: 30 },
          steps: [hr],
        },
        {
          when: { amountOver: null, amountUpTo: null, durationOverDays: 30, durationUpToDays: null },
          steps: [hr, { approver: { role: 'gst_director', scope: 'gst' }, respondWithinWorkingDays: 5 }],
        },
      ],
      isDefault: true,
      updatedAt: null,
      updatedByName: null,
    },
  ],
};

type Answer = { status: number; body: unknown };

function render(put: (body: unknown) => Answer, canEdit = true) {
  const calls: { method: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((_input, init) => {
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, body });
      const answer = method === 'PUT' ? put(body) : { status: 200, body: list };
      return Promise.resolve(
        new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApprovalChainsEditor gstId={gstId} canEdit={canEdit} />
    </QueryClientProvider>,
  );
  return calls;
}

describe('the approval chains editor', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the chains in order and saves a changed delay with the time it read', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = render(() => ({ status: 200, body: list }));
    const second = await screen.findByRole('region', { name: 'Circuit 2' });
    expect(within(second).getByRole('textbox', { name: 'Durée > (jours)' })).toHaveProperty('value', '30');
    expect(screen.getByText('Circuit par défaut')).toBeTruthy();
    const delays = within(second).getAllByRole('textbox', { name: 'Délai (jours ouvrés)' });
    await user.clear(delays[1] ?? document.body);
    await user.type(delays[1] ?? document.body, '4');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les circuits' }));
    await vi.waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    const sent = calls.find((call) => call.method === 'PUT')?.body as {
      expectedUpdatedAt: string | null;
      chains: { steps: { respondWithinWorkingDays: number }[] }[];
    };
    expect(sent.expectedUpdatedAt).toBeNull();
    expect(sent.chains[1]?.steps.map((step) => step.respondWithinWorkingDays)).toEqual([3, 4]);
  });

  it('shows each chain’s own delays after reordering and after discarding the changes', async () => {
    const user = userEvent.setup({ delay: null });
    render(() => ({ status: 200, body: list }));
    const second = await screen.findByRole('region', { name: 'Circuit 2' });
    const delays = within(second).getAllByRole('textbox', { name: 'Délai (jours ouvrés)' });
    await user.clear(delays[0] ?? document.body);
    await user.type(delays[0] ?? document.body, '7');
    await user.click(within(second).getByRole('button', { name: 'Monter' }));
    const first = screen.getByRole('region', { name: 'Circuit 1' });
    const values = () =>
      within(first)
        .getAllByRole('textbox', { name: 'Délai (jours ouvrés)' })
        .map((input) => (input as HTMLInputElement).value);
    expect(values()).toEqual(['7', '5']);
    await user.click(screen.getByRole('button', { name: 'Annuler les modifications' }));
    expect(
      within(screen.getByRole('region', { name: 'Circuit 2' }))
        .getAllByRole('textbox', { name: 'Délai (jours ouvrés)' })
        .map((input) => (input as HTMLInputElement).value),
    ).toEqual(['3', '5']);
  });

  it('shows why the server refused the chains', async () => {
    const user = userEvent.setup({ delay: null });
    render(() => ({
      status: 422,
      body: {
        error: {
          code: 'unprocessable',
          message: 'Some requests would match no chain',
          issues: [{ path: ['chains'], message: 'No chain applies to amount none, duration none' }],
        },
      },
    }));
    const first = await screen.findByRole('region', { name: 'Circuit 1' });
    await user.click(within(first).getByRole('button', { name: 'Retirer le circuit 1' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les circuits' }));
    expect(await screen.findByText('No chain applies to amount none, duration none')).toBeTruthy();
  });

  it('only shows the chains to those who may not change them', async () => {
    render(() => ({ status: 500, body: {} }), false);
    await screen.findByRole('region', { name: 'Circuit 1' });
    expect(screen.queryByRole('button', { name: 'Enregistrer les circuits' })).toBeNull();
  });
});
