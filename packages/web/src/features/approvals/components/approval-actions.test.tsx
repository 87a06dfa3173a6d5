// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApprovalRequestView } from '@tansiq/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { useApprovalRequest } from '../api/approval-queries';
import { ApprovalActions } from './approval-actions';

const user = userEvent.setup({ delay: null });
const id = '00000000-0000-4000-8000-000000000500';
const path = `/api/approval-requests/${id}`;
const establishment = { id: '00000000-0000-4000-8000-000000000011', nameFr: 'CHP de Chefchaouen', nameAr: null };

const request = (overrides: Partial<ApprovalRequestView> = {}): ApprovalRequestView => ({
  id,
  type: 'mobility',
  status: 'pending',
  subject: {},
  requester: 'Youssef Amrani',
  originEstablishment: establishment,
  destinationEstablishment: null,
  currentStep: 0,
  stepCount: 1,
  currentDueAt: null,
  overdue: false,
  version: 2,
  createdAt: '2027-01-04T09:00:00.000Z',
  submittedAt: '2027-01-04T09:00:00.000Z',
  decidedAt: null,
  steps: [],
  history: [],
  attachments: [],
  allowedActions: ['approve', 'reject', 'return', 'comment'],
  outcome: null,
  withdrawnAt: null,
  ...overrides,
});

type Answer = { status: number; body: unknown };

/** Answers each call by method and path; records the calls with their JSON bodies. */
function stubApi(answers: Record<string, () => Answer>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const method = init?.method ?? 'GET';
    const key = `${method} ${url.split('?')[0] ?? ''}`;
    calls.push({ method, path: key, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    const answer = answers[key]?.() ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'Not found', issues: [] } },
    };
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

function LoadedActions() {
  const loaded = useApprovalRequest(id);
  return loaded.data ? <ApprovalActions request={loaded.data} /> : null;
}

function renderActions() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <LoadedActions />
    </QueryClientProvider>,
  );
}

describe('ApprovalActions', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('offers exactly the actions the server allows, approval first', async () => {
    stubApi({ [`GET ${path}`]: () => ({ status: 200, body: request() }) });
    renderActions();
    const region = within(await screen.findByRole('region', { name: 'Décision' }));
    expect(region.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Approuver',
      'Renvoyer',
      'Rejeter',
      'Commenter',
    ]);
  });

  it('asks for a reason before rejecting, then rejects with the version seen', async () => {
    const calls = stubApi({
      [`GET ${path}`]: () => ({ status: 200, body: request() }),
      [`POST ${path}/reject`]: () => ({
        status: 200,
        body: request({ status: 'rejected', version: 3, allowedActions: [] }),
      }),
    });
    renderActions();
    await user.click(await screen.findByRole('button', { name: 'Rejeter' }));
    expect(await screen.findByText('Un commentaire est requis pour cette action')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Commentaire' }), 'Effectif insuffisant');
    await user.click(screen.getByRole('button', { name: 'Rejeter' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Décision' })).toBeNull());
    expect(calls.find((call) => call.path === `POST ${path}/reject`)?.body).toEqual({
      version: 2,
      comment: 'Effectif insuffisant',
    });
  });

  it('says the request moved when someone decided first (409), and reloads it', async () => {
    let decided = false;
    stubApi({
      [`GET ${path}`]: () => ({
        status: 200,
        body: decided ? request({ status: 'approved', version: 3, allowedActions: [] }) : request(),
      }),
      [`POST ${path}/approve`]: () => {
        decided = true;
        return {
          status: 409,
          body: { error: { code: 'conflict', message: 'The request was changed by someone else', issues: [] } },
        };
      },
    });
    renderActions();
    await user.click(await screen.findByRole('button', { name: 'Approuver' }));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Approuver' })).toBeNull());
  });
});
