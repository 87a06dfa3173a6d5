// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApprovalRequestView, MyRosterShift, RosterSwapOptions } from '@tansiq/domain';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SwapRequestModal } from './swap-request-modal';

const user = userEvent.setup({ delay: null });
const rosterId = '5b0c7c1e-0000-4000-8000-0000000000ff';
const holder = '5b0c7c1e-0000-4000-8000-00000000000a';
const karim = '5b0c7c1e-0000-4000-8000-00000000000b';
const salma = '5b0c7c1e-0000-4000-8000-00000000000c';
const origin = '5b0c7c1e-0000-4000-8000-000000000011';
const requestId = '5b0c7c1e-0000-4000-8000-000000000500';
const optionsPath = `/api/rosters/${rosterId}/shifts/s0/swap-options`;

const shift: MyRosterShift = {
  rosterId,
  shiftId: 's0',
  lineName: 'Urgences CHP',
  kind: 'garde',
  day: '2031-01-03',
  startsAt: '2031-01-03T17:00:00.000Z',
  endsAt: '2031-01-04T07:00:00.000Z',
};
const exchangeShift = { ...shift, shiftId: 's4', day: '2031-01-09', startsAt: '2031-01-09T17:00:00.000Z' };
const options: RosterSwapOptions = {
  rosterId,
  originEstablishmentId: origin,
  shift: {
    shiftId: 's0',
    lineName: shift.lineName,
    kind: 'garde',
    day: shift.day,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
  },
  holder: { staffId: holder, name: 'Amina Benali' },
  colleagues: [
    { staffId: karim, name: 'Karim Idrissi', cadre: 'general_practitioner', replacement: true, exchangeShifts: [] },
    {
      staffId: salma,
      name: 'Salma Alaoui',
      cadre: 'general_practitioner',
      replacement: false,
      exchangeShifts: [
        {
          shiftId: 's4',
          lineName: shift.lineName,
          kind: 'garde',
          day: exchangeShift.day,
          startsAt: exchangeShift.startsAt,
          endsAt: exchangeShift.endsAt,
        },
      ],
    },
  ],
};
const created: ApprovalRequestView = {
  id: requestId,
  type: 'roster_swap',
  status: 'pending',
  subject: {},
  requester: 'Amina Benali',
  originEstablishment: { id: origin, nameFr: 'CHP de Chefchaouen', nameAr: null },
  destinationEstablishment: null,
  currentStep: 0,
  stepCount: 1,
  currentDueAt: null,
  overdue: false,
  version: 2,
  createdAt: '2030-12-20T09:00:00.000Z',
  submittedAt: '2030-12-20T09:00:00.000Z',
  decidedAt: null,
  steps: [],
  history: [],
  attachments: [],
  allowedActions: ['withdraw', 'comment'],
  outcome: null,
  withdrawnAt: null,
};

type Answer = { status: number; body: unknown };

/** Answers each call by method and path; records the calls with their JSON bodies. */
function stubApi(answers: Record<string, () => Answer>) {
  const calls: { key: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
      const key = `${init?.method ?? 'GET'} ${url.split('?')[0] ?? ''}`;
      calls.push({ key, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
      const answer = answers[key]?.() ?? { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
      return Promise.resolve(
        new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return calls;
}

function renderModal(onCreated = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithProviders(
    <QueryClientProvider client={client}>
      <SwapRequestModal shift={shift} onClose={() => undefined} onCreated={onCreated} />
    </QueryClientProvider>,
  );
  return onCreated;
}

async function choose(label: string, option: string) {
  await user.click(await screen.findByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('the swap request modal', () => {
  beforeAll(() => {
    // jsdom does not scroll; Mantine's combobox scrolls the selected option into view.
    if (!('scrollIntoView' in Element.prototype)) {
      Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
    }
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks an exchange with a colleague who can only exchange, then opens the new request', async () => {
    const calls = stubApi({
      [`GET ${optionsPath}`]: () => ({ status: 200, body: options }),
      'POST /api/approval-requests': () => ({ status: 201, body: created }),
    });
    const onCreated = renderModal();
    await choose('Collègue', 'Salma Alaoui (Médecin généraliste)');
    const exchange = screen.getByRole<HTMLInputElement>('combobox', { name: 'Garde reprise en échange' });
    expect(exchange.value).toMatch(/^Urgences CHP — /);
    await user.type(screen.getByRole('textbox', { name: 'Motif' }), 'Mariage de ma sœur');
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(requestId));
    expect(calls.find((call) => call.key === 'POST /api/approval-requests')?.body).toEqual({
      type: 'roster_swap',
      originEstablishmentId: origin,
      destinationEstablishmentId: null,
      submit: true,
      subject: {
        rosterId,
        shiftId: 's0',
        fromStaffMemberId: holder,
        toStaffMemberId: salma,
        counterShiftId: 's4',
        reason: 'Mariage de ma sœur',
      },
    });
  });

  it('offers a plain replacement and shows the rule a refused request would break', async () => {
    const calls = stubApi({
      [`GET ${optionsPath}`]: () => ({ status: 200, body: options }),
      'POST /api/approval-requests': () => ({
        status: 422,
        body: {
          error: {
            code: 'unprocessable',
            message: 'The roster change breaks a roster rule',
            issues: [{ path: ['assignments', 0], code: 'rest', message: 'Karim Idrissi needs 24 h of rest' }],
          },
        },
      }),
    });
    const onCreated = renderModal();
    await choose('Collègue', 'Karim Idrissi (Médecin généraliste)');
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Garde reprise en échange' }).value).toBe(
      'Aucune (remplacement simple)',
    );
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Repos insuffisant')).toBeTruthy();
    expect(within(alert).getByText(/needs 24 h of rest/)).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    const body = calls.find((call) => call.key === 'POST /api/approval-requests')?.body as { subject: unknown };
    expect(body.subject).toMatchObject({ toStaffMemberId: karim, counterShiftId: null, reason: null });
  });

  it('says so when no colleague can take the shift', async () => {
    stubApi({ [`GET ${optionsPath}`]: () => ({ status: 200, body: { ...options, colleagues: [] } }) });
    renderModal();
    expect(await screen.findByText(/Aucun collègue ne peut prendre cette garde/)).toBeTruthy();
  });
});
