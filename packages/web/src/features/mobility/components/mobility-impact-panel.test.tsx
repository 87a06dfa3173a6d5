// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import type { MobilityImpact } from '@tansiq/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { MobilityImpactPanel } from './mobility-impact-panel';

const requestId = '00000000-0000-4000-8000-000000000700';
const origin = '00000000-0000-4000-8000-000000000701';
const destination = '00000000-0000-4000-8000-000000000702';
const rosterId = '00000000-0000-4000-8000-000000000703';
const lineId = '00000000-0000-4000-8000-000000000704';
const names = new Map([
  [origin, 'CHP de Chefchaouen'],
  [destination, 'CHP de Ouezzane'],
]);

const impact = (overrides: Partial<MobilityImpact> = {}): MobilityImpact => ({
  staffMember: {
    id: '00000000-0000-4000-8000-000000000705',
    displayName: 'Hicham Tahiri',
    cadre: 'polyvalent_nurse',
    staffNumber: 'TTA-S-000123',
  },
  conflicts: [],
  staffCounts: [
    { establishmentId: origin, cadre: 'polyvalent_nurse', fteBefore: 12, fteAfter: 11.5 },
    { establishmentId: destination, cadre: 'polyvalent_nurse', fteBefore: 8, fteAfter: 8.5 },
  ],
  wisn: [
    {
      establishmentId: origin,
      cadre: 'polyvalent_nurse',
      year: 2026,
      requiredStaff: 10,
      ratioBefore: 1.2,
      ratioAfter: 1.15,
      pressureBefore: 'surplus',
      pressureAfter: 'balanced',
    },
    {
      establishmentId: destination,
      cadre: 'polyvalent_nurse',
      year: 2026,
      requiredStaff: null,
      ratioBefore: null,
      ratioAfter: null,
      pressureBefore: null,
      pressureAfter: null,
    },
  ],
  onCallLines: [{ lineId, name: 'Garde infirmière — CHP de Chefchaouen', dutyDays: 2 }],
  releasedShifts: [],
  createdAssignments: [],
  ...overrides,
});

function serve(body: MobilityImpact) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })),
    ),
  );
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MobilityImpactPanel requestId={requestId} names={names} />
    </QueryClientProvider>,
  );
}

describe('the impact of a mobility', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the WISN ratio before and after at both ends, and the on-call days affected', async () => {
    serve(impact());
    const wisn = await screen.findByRole('table', { name: 'WISN avant et après' });
    const origin = within(wisn).getByRole('row', { name: /Chefchaouen/ });
    expect(origin.textContent).toMatch(/10.*1,2.*Excédent.*1,15.*Équilibre/);
    expect(within(wisn).getByRole('row', { name: /Ouezzane/ }).textContent).toMatch(/Pas de norme/);
    expect(screen.getByText(/Garde infirmière — CHP de Chefchaouen · 2 jours de service/)).toBeTruthy();
  });

  it('says so when no standard covers the cadre, and lists the shifts the approval released', async () => {
    serve(
      impact({
        wisn: null,
        onCallLines: [],
        releasedShifts: [{ rosterId, shiftId: 's-1', lineId, lineName: 'Garde infirmière', day: '2027-06-08' }],
      }),
    );
    expect(await screen.findByText('Pas de normes WISN disponibles pour ces établissements')).toBeTruthy();
    expect(screen.queryByText('Aucune ligne de garde touchée')).toBeNull();
    expect(screen.getByText('Gardes libérées par l’approbation (à repourvoir)')).toBeTruthy();
    expect(screen.getByText(/Garde infirmière/).textContent).toMatch(/^8 .+ 2027 · Garde infirmière$/);
  });
});
