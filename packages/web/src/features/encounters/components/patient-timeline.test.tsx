// @vitest-environment jsdom
import type { Encounter, Me, Role } from '@tansiq/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../auth';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { PatientTimeline } from './patient-timeline';

const gstId = '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c';
const deskId = '1c7a4d3b-2e5f-4a6b-9c8d-0e1f2a3b4c5d';
const patientId = '2d8b5e4c-3f6a-4b7c-8d9e-1f2a3b4c5d6e';

function meWith(role: Role): Me {
  return {
    user: {
      id: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f',
      username: 'amina.alaoui',
      displayName: 'Dr Amina Alaoui',
      email: null,
      locale: 'fr',
      homeGstId: gstId,
      isActive: true,
      isDemo: false,
      lastLoginAt: null,
      assignments: [
        {
          id: '4fad7a6e-5b8c-4d9e-8f1a-3b4c5d6e7f80',
          role,
          scopeLevel: role === 'gst_admin' ? 'gst' : 'establishment',
          gstId,
          provinceCode: null,
          establishmentId: role === 'gst_admin' ? null : deskId,
          establishmentName: role === 'gst_admin' ? null : 'CSR Bab Taza',
          validFrom: '2025-01-01',
          validTo: null,
        },
      ],
    },
    csrfToken: 'token',
    gsts: [{ id: gstId, code: 'TTA', nameFr: 'GST Tanger-Tétouan-Al Hoceïma', nameAr: 'طنجة', regionCode: '01' }],
    demoMode: false,
  };
}

const encounter = (overrides: Partial<Encounter>): Encounter => ({
  id: '5a0b8c7d-6e9f-4a0b-9c1d-4e5f6a7b8c90',
  patientId,
  fromPatientId: null,
  establishment: {
    id: deskId,
    code: 'T-1',
    nameFr: 'CHP Chefchaouen',
    nameAr: 'المركز الاستشفائي الإقليمي شفشاون',
    type: 'CHP',
  },
  specialtyCode: 'pneumology',
  kind: 'hospital_stay',
  startedAt: '2026-02-10T09:30:00Z',
  endedAt: '2026-02-14T11:00:00Z',
  practitionerName: 'Dr Karim Bennani',
  reason: 'Crise d’asthme sévère',
  icd10Code: 'J45.9',
  outcome: 'home',
  referral: null,
  redacted: false,
  recordedAt: '2026-02-14T11:05:00Z',
  ...overrides,
});

const masked = (overrides: Partial<Encounter>) =>
  encounter({ reason: null, icd10Code: null, outcome: null, redacted: true, ...overrides });

function answering(status: number, body: unknown) {
  const fetchMock = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const page = (items: Encounter[], total = items.length) => ({ items, total, page: 1, pageSize: 20 });

function renderTimeline(role: Role, clinical: boolean) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <SessionProvider me={meWith(role)} fallback={null}>
        <PatientTimeline patientId={patientId} clinical={clinical} />
      </SessionProvider>
    </QueryClientProvider>,
  );
}

// No delay between keystrokes: typing stays fast on a busy machine.
const user = userEvent.setup({ delay: null });

// Forms render Mantine modals and type into inputs: slow when the machine is busy (CI runs several suites at once).
describe('PatientTimeline', { timeout: 20_000 }, () => {
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await i18next.changeLanguage('fr');
  });

  it('shows the clinical detail to the care team', async () => {
    answering(200, page([encounter({})]));
    renderTimeline('physician', true);
    const item = await screen.findByTestId('encounter');
    expect(within(item).getByText('CHP Chefchaouen')).toBeTruthy();
    expect(within(item).getByText('Hospitalisation')).toBeTruthy();
    expect(within(item).getByText('Motif : Crise d’asthme sévère')).toBeTruthy();
    expect(within(item).getByText('CIM-10 J45.9')).toBeTruthy();
    expect(within(item).getByText('Retour à domicile')).toBeTruthy();
    expect(within(item).queryByText(/Masqué/)).toBeNull();
  });

  it('shows a discreet masked note instead of the clinical detail the server withheld', async () => {
    answering(200, page([masked({ id: '6b1c9d8e-7f0a-4b1c-8d2e-5f6a7b8c9d01' }), masked({})]));
    renderTimeline('secretary', false);
    const items = await screen.findAllByTestId('encounter');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(within(item).getByText("Masqué : détail clinique réservé à l'équipe soignante")).toBeTruthy();
      expect(within(item).getByText('Par Dr Karim Bennani')).toBeTruthy();
      expect(within(item).queryByText(/Motif/)).toBeNull();
      expect(within(item).queryByText(/CIM-10/)).toBeNull();
    }
    expect(screen.getByText("Motifs, diagnostics et issues sont réservés à l'équipe soignante.")).toBeTruthy();
  });

  it('names the establishment in Arabic in the Arabic interface', async () => {
    answering(200, page([masked({})]));
    renderTimeline('secretary', false);
    await i18next.changeLanguage('ar');
    expect(await screen.findByText('المركز الاستشفائي الإقليمي شفشاون')).toBeTruthy();
    expect(screen.getByText('مخفي: التفاصيل السريرية خاصة بفريق العلاج')).toBeTruthy();
  });

  it('offers to add an encounter only to those who may record one', async () => {
    answering(200, page([]));
    renderTimeline('secretary', false);
    expect(await screen.findByText('Aucune venue enregistrée pour ce patient.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter une venue' })).toBeTruthy();
    cleanup();
    renderTimeline('gst_admin', false);
    expect(await screen.findByText('Aucune venue enregistrée pour ce patient.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajouter une venue' })).toBeNull();
  });

  it('loads the next page on "show more"', async () => {
    const fetchMock = answering(200, page([encounter({})], 21));
    renderTimeline('physician', true);
    await user.click(await screen.findByRole('button', { name: 'Afficher plus' }));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock).toHaveBeenLastCalledWith(expect.stringContaining('page=2'), expect.anything());
  });

  it('shows an error panel when the timeline cannot be read', async () => {
    answering(404, { error: { code: 'not_found', message: 'patient not found', issues: [] } });
    renderTimeline('physician', true);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Introuvable')).toBeTruthy();
  });

  it('validates the new encounter with the domain schema before sending it', async () => {
    const fetchMock = answering(200, page([]));
    renderTimeline('physician', true);
    await user.click(await screen.findByRole('button', { name: 'Ajouter une venue' }));
    expect(screen.getByLabelText(/Praticien/)).toHaveProperty('value', 'Dr Amina Alaoui');
    await user.type(screen.getByLabelText(/Code CIM-10/), 'asthme');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la venue' }));
    expect(
      await screen.findByText('Un code CIM-10 est une lettre suivie de deux chiffres, par ex. J45 ou J45.9.'),
    ).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('sends a valid encounter and refreshes the timeline', async () => {
    const created = encounter({ kind: 'consultation', endedAt: null });
    let reads = 0;
    const fetchMock = vi.fn<typeof fetch>((_url, init) => {
      const posting = init?.method === 'POST';
      reads += posting ? 0 : 1;
      const body = posting ? created : page(reads > 1 ? [created] : []);
      return Promise.resolve(
        new Response(JSON.stringify(body), {
          status: posting ? 201 : 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    renderTimeline('physician', true);
    await user.click(await screen.findByRole('button', { name: 'Ajouter une venue' }));
    await user.type(screen.getByLabelText(/^Motif/), 'Toux persistante');
    await user.type(screen.getByLabelText(/Code CIM-10/), 'j45');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la venue' }));
    expect(await screen.findByTestId('encounter')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/patients/${patientId}/encounters`,
      expect.objectContaining({ method: 'POST' }),
    );
    const body = fetchMock.mock.calls.find((call) => call[1]?.method === 'POST')?.[1]?.body;
    expect(JSON.parse(typeof body === 'string' ? body : '{}')).toMatchObject({
      establishmentId: deskId,
      kind: 'consultation',
      practitionerName: 'Dr Amina Alaoui',
      reason: 'Toux persistante',
      icd10Code: 'J45',
      endedAt: null,
    });
    expect(screen.queryByRole('button', { name: 'Enregistrer la venue' })).toBeNull();
  });
});
