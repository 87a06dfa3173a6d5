// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { wisnStandardSchema, type WisnStandardVersion } from '@tansiq/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { WisnStandardsEditor } from './wisn-standards-editor';

const gstId = '00000000-0000-4000-8000-000000000900';
const standard = wisnStandardSchema.parse({
  cadre: 'polyvalent_nurse',
  establishmentType: 'CSR-2',
  version: 2,
  effectiveFrom: '2026-01-01',
  availableWorkingTime: {
    possibleWorkingDays: 260,
    publicHolidays: 13,
    annualLeave: 22,
    sickLeave: 6,
    otherLeave: 5,
    unauthorisedAbsence: 2,
    workingHoursPerDay: 8,
  },
  serviceStandards: [
    { kind: 'unit_time', activityCode: 'curative_consultation', label: 'Soins', unitTimeMinutes: 10 },
    { kind: 'rate', activityCode: 'child_vaccination', label: 'Vaccination', ratePerHour: 12 },
  ],
  categoryAllowances: [{ kind: 'percent', code: 'meetings_and_reporting', label: 'Réunions', percent: 8 }],
  individualAllowances: [],
});
const version: WisnStandardVersion = {
  id: '00000000-0000-4000-8000-000000000901',
  standard,
  createdAt: '2026-01-02T10:00:00.000Z',
  createdByName: null,
};

function render() {
  const fetchMock = vi.fn<typeof fetch>((_input, init) =>
    Promise.resolve(
      new Response(
        JSON.stringify({
          ...version,
          standard: JSON.parse(typeof init?.body === 'string' ? init.body : '{}').standard as unknown,
        }),
        {
          headers: { 'content-type': 'application/json' },
        },
      ),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <WisnStandardsEditor gstId={gstId} versions={[version]} canEdit />
    </QueryClientProvider>,
  );
  return fetchMock;
}

describe('the WISN standards editor', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('edits a standard in a form and saves it as the next version', async () => {
    const user = userEvent.setup({ delay: null });
    const fetchMock = render();
    await user.click(screen.getByRole('button', { name: 'Nouvelle version' }));
    expect(screen.getByText(/Version 3 · CSR-2/)).toBeTruthy();
    expect(screen.getByText(/212 jours × H = 1\D?696 heures par an/)).toBeTruthy();
    const services = screen.getByRole('table', { name: 'Activités de service' });
    const minutes = within(services).getByRole('textbox', { name: 'Minutes par activité' });
    await user.clear(minutes);
    await user.type(minutes, '12');
    await user.click(screen.getByRole('button', { name: 'Ajouter une provision individuelle' }));
    await user.type(screen.getAllByRole('textbox', { name: 'Code' }).at(-1) ?? document.body, 'head_nurse');
    await user.type(screen.getAllByRole('textbox', { name: 'Libellé' }).at(-1) ?? document.body, 'Infirmier major');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la version' }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/wisn/standards');
    const sent = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
      gstId: string;
      standard: typeof standard;
    };
    expect(sent.gstId).toBe(gstId);
    expect(sent.standard.version).toBe(3);
    expect(sent.standard.serviceStandards[0]).toMatchObject({ unitTimeMinutes: 12 });
    expect(sent.standard.individualAllowances).toEqual([
      { code: 'head_nurse', label: 'Infirmier major', hoursPerYear: 0, staffCount: 1 },
    ]);
  });

  it('shows the rule broken next to its field and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const fetchMock = render();
    await user.click(screen.getByRole('button', { name: 'Nouvelle version' }));
    const share = screen.getByRole('textbox', { name: 'Part du temps' });
    await user.clear(share);
    await user.type(share, '100');
    const leave = screen.getByRole('textbox', { name: 'C : congé annuel' });
    await user.clear(leave);
    await user.type(leave, '300');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la version' }));
    expect(await screen.findByText(/must leave some working days/)).toBeTruthy();
    expect(screen.getByText(/champs? à corriger/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
