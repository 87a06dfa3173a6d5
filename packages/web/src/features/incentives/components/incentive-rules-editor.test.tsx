// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { IncentiveRulesEditor } from './incentive-rules-editor';

const gstId = '7d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a03';

describe('IncentiveRulesEditor', { timeout: 30_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends a first version from the form, amounts in centimes', async () => {
    const saved = {
      id: '9d1c6a7e-3f3b-4d3e-9a55-1b9f2f6c0a05',
      createdAt: '2026-03-01T08:00:00.000Z',
      createdByName: 'RH',
      ruleSet: {
        version: 1,
        effectiveMonth: '2026-03',
        monthlyCapCentimes: 600_000,
        rules: [
          {
            code: 'garde_nuit',
            label: 'Garde de nuit',
            activity: 'garde',
            cadres: [],
            establishmentTypes: [],
            encounterKinds: [],
            amountCentimes: 45_050,
            weekendHolidayMultiplier: 1.5,
            monthlyCapCentimes: null,
          },
        ],
      },
    };
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(JSON.stringify(saved), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderWithProviders(
      <QueryClientProvider client={queryClient}>
        <IncentiveRulesEditor gstId={gstId} latest={undefined} canEdit defaultMonth="2026-03" />
      </QueryClientProvider>,
    );
    expect(screen.getByText("Aucune règle n'est encore enregistrée pour la GST.")).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /Plafond mensuel par personne/ }), '6000');
    const code = screen.getByRole('textbox', { name: 'Code' });
    await userEvent.clear(code);
    await userEvent.type(code, 'garde_nuit');
    await userEvent.type(screen.getByRole('textbox', { name: 'Libellé' }), 'Garde de nuit');
    await userEvent.type(screen.getByRole('textbox', { name: /Montant par acte/ }), '450.5');
    await userEvent.type(screen.getByRole('textbox', { name: /Coefficient week-end/ }), '1.5');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la version 1' }));
    expect(await screen.findByText('Règles enregistrées (version 1).')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls.at(-1) ?? [];
    expect(typeof url === 'string' ? url : '').toContain('/api/incentive-rules');
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '')).toEqual({ gstId, ruleSet: saved.ruleSet });
  });

  it('is read-only for someone who may not edit the rules', () => {
    renderWithProviders(
      <QueryClientProvider client={new QueryClient()}>
        <IncentiveRulesEditor gstId={gstId} latest={undefined} canEdit={false} defaultMonth="2026-03" />
      </QueryClientProvider>,
    );
    expect(screen.getByText('Seuls les responsables RH de la GST modifient les règles.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer la version 1' })).toBeNull();
  });
});
