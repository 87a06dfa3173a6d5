// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { IncentiveStatementDetail } from '@tansiq/domain';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { IncentiveStatementView } from './incentive-statement-view';

const statementId = '5d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a01';
const hospital = { id: '6d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a02', nameFr: 'CHP Chefchaouen', nameAr: null };
const statement: IncentiveStatementDetail = {
  id: statementId,
  gstId: '7d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a03',
  month: '2026-03',
  status: 'computed',
  version: 3,
  staffMember: {
    id: '8d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a04',
    staffId: 'TTA-S-0000017',
    name: 'Salma Alaoui',
    cadre: 'specialist',
  },
  establishment: hospital,
  activityCount: 3,
  grossCentimes: 122_500,
  totalCentimes: 122_500,
  computedAt: '2026-04-01T08:00:00.000Z',
  validatedAt: null,
  exportedAt: null,
  ruleSetVersion: 1,
  monthlyCapCentimes: 600_000,
  ruleCapCutCentimes: 0,
  monthlyCapCutCentimes: 0,
  unmatchedCount: 1,
  validatedByName: null,
  lines: [
    {
      ruleCode: 'garde',
      label: 'Garde',
      activity: 'garde',
      unitAmountCentimes: 45_000,
      subtotalCentimes: 112_500,
      ruleCapCutCentimes: 0,
      monthlyCapCutCentimes: 0,
      totalCentimes: 112_500,
      items: [
        {
          sourceType: 'roster_shift',
          sourceId: 'roster-1/s4',
          activity: 'garde',
          occurredAt: '2026-03-04T19:00:00.000Z',
          establishment: hospital,
          amountCentimes: 45_000,
          multiplied: false,
        },
        {
          sourceType: 'roster_shift',
          sourceId: 'roster-1/s9',
          activity: 'garde',
          occurredAt: '2026-03-07T19:00:00.000Z',
          establishment: hospital,
          amountCentimes: 67_500,
          multiplied: true,
        },
      ],
    },
    {
      ruleCode: 'teleexpertise',
      label: 'Réponse de télé-expertise',
      activity: 'teleexpertise_answer',
      unitAmountCentimes: 10_000,
      subtotalCentimes: 10_000,
      ruleCapCutCentimes: 0,
      monthlyCapCutCentimes: 0,
      totalCentimes: 10_000,
      items: [
        {
          sourceType: 'care_act',
          sourceId: 'act-0001',
          activity: 'teleexpertise_answer',
          occurredAt: '2026-03-10T09:00:00.000Z',
          establishment: hospital,
          amountCentimes: 10_000,
          multiplied: false,
        },
      ],
    },
  ],
};

const urlOf = (input: unknown): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input instanceof Request ? input.url : '';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('IncentiveStatementView', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows every line with the acts and shifts it pays, and validates the version shown', async () => {
    const fetchMock = vi.fn<typeof fetch>((input) =>
      Promise.resolve(
        json(urlOf(input).endsWith('/validate') ? { ...statement, status: 'validated', version: 3 } : statement),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderWithProviders(
      <QueryClientProvider client={queryClient}>
        <IncentiveStatementView id={statementId} canValidate />
      </QueryClientProvider>,
    );
    expect(await screen.findByText(/Relevé de Salma Alaoui/)).toBeTruthy();
    const gardes = screen.getByRole('table', { name: /Garde : 2 ×/ });
    expect(gardes.textContent).toContain('roster-1/s9');
    expect(gardes.textContent).toContain('majoré');
    expect(screen.getByRole('table', { name: /Réponse de télé-expertise : 1 ×/ }).textContent).toContain('act-0001');
    expect(screen.getByText('1 activités sans règle applicable (non payées).')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Valider le relevé' }));
    expect(await screen.findByText('Relevé validé.')).toBeTruthy();
    const validateCall = fetchMock.mock.calls.find(([url]) => urlOf(url).endsWith('/validate'));
    expect(validateCall?.[1]?.method).toBe('POST');
    expect(JSON.parse(typeof validateCall?.[1]?.body === 'string' ? validateCall[1].body : '')).toEqual({ version: 3 });
  });

  it('offers no validation to someone reading their own statement', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() => Promise.resolve(json(statement))),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderWithProviders(
      <QueryClientProvider client={queryClient}>
        <IncentiveStatementView id={statementId} canValidate={false} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText(/Relevé de Salma Alaoui/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Valider le relevé' })).toBeNull();
  });
});
