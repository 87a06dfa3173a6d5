// @vitest-environment jsdom
import type { Me, PatientCandidate, PatientSearchResult } from '@tansiq/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../auth';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RegistrationDesk } from './registration-desk';
import { apiClient } from '../../../lib/api-client';

const gstId = '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c';
const deskId = '1c7a4d3b-2e5f-4a6b-9c8d-0e1f2a3b4c5d';

const me: Me = {
  user: {
    id: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f',
    username: 'secretaire.chr',
    displayName: 'Khadija Benjelloun',
    email: null,
    locale: 'fr',
    homeGstId: gstId,
    isActive: true,
    isDemo: false,
    lastLoginAt: null,
    assignments: [
      {
        id: '4fad7a6e-5b8c-4d9e-8f1a-3b4c5d6e7f80',
        role: 'secretary',
        scopeLevel: 'establishment',
        gstId,
        provinceCode: null,
        establishmentId: deskId,
        establishmentName: 'CHR Mohammed V Tanger',
        validFrom: '2025-01-01',
        validTo: null,
      },
    ],
  },
  csrfToken: 'csrf-token',
  gsts: [{ id: gstId, code: 'TTA', nameFr: 'GST Tanger-Tétouan-Al Hoceïma', nameAr: 'طنجة', regionCode: '01' }],
  demoMode: false,
};

const candidate = (id: string, familyNameLatin: string, band: PatientCandidate['band']): PatientCandidate => ({
  patient: {
    id,
    regionalId: '1234567890',
    givenNameLatin: 'Mohammed',
    familyNameLatin,
    givenNameArabic: null,
    familyNameArabic: null,
    fatherGivenName: null,
    sex: 'male',
    birthDate: '1955',
    birthDatePrecision: 'year',
    cin: null,
    communeCode: null,
    communeNameFr: null,
    communeNameAr: null,
    phones: [],
    vitalStatus: 'alive',
    isDemo: false,
  },
  probability: band === 'unlikely' ? 0.02 : 0.6,
  band,
  reasons: [{ field: 'family_name', level: 'phonetic', weight: 3 }],
  registeredAt: [],
  registeredHere: false,
});

const possible = candidate('7c2d0e9f-8a1b-4c2d-9e3f-6a7b8c9d0e12', 'Idrissi', 'possible');
const unlikely = candidate('8d3e1f0a-9b2c-4d3e-8f4a-7b8c9d0e1f23', 'Driss', 'unlikely');
const unseen = candidate('9e4f2a1b-0c3d-4e4f-9a5b-8c9d0e1f2a34', 'Elidrissi', 'probable');

const searchResult = (candidates: PatientCandidate[]): PatientSearchResult => ({
  candidates,
  examined: 42,
  thresholds: { link: 0.9, review: 0.3 },
  modelVersion: 1,
});

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

interface Call {
  method: string;
  url: string;
  body: unknown;
  headers: Headers;
}

/** The server as the desk sees it: the search answers `searches` in turn, creation answers `creations` in turn. */
function serve(searches: PatientSearchResult[], creations: [number, unknown][] = []) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body, headers: new Headers(init?.headers) });
      if (url === '/api/patients/search') {
        return json(200, searches.length > 1 ? searches.shift() : searches[0]);
      }
      if (url === '/api/patients' && method === 'POST') {
        const [status, answer] = creations.shift() ?? [500, {}];
        return json(status, answer);
      }
      if (url.startsWith('/api/establishments')) {
        return json(200, { items: [], total: 0, page: 1, pageSize: 30 });
      }
      return json(200, []);
    }),
  );
  return calls;
}

function renderDesk() {
  const onRegistered = vi.fn<(patientId: string) => void>();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <SessionProvider me={me} fallback={null}>
        <RegistrationDesk onRegistered={onRegistered} onOpen={vi.fn()} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { onRegistered };
}

const searchBodies = (calls: Call[]) =>
  calls.filter((call) => call.url === '/api/patients/search').map((call) => call.body);

// Typing with user-event through Mantine inputs is slow in jsdom.
const typingTimeout = 30_000;

describe('RegistrationDesk', () => {
  beforeAll(() => {
    // The session is given directly here, not loaded through GET /api/me, which is what hands the client its token.
    apiClient.setCsrfToken('csrf-token');
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  }, typingTimeout);

  it(
    'searches as the desk types, sending the criteria in the body with the birth date in ISO form',
    async () => {
      const calls = serve([searchResult([possible, unlikely])]);
      renderDesk();
      expect(screen.getByText('Saisissez ce que vous savez du patient')).toBeTruthy();
      await userEvent.type(screen.getByLabelText('Nom de famille'), 'El Idrissi');
      await userEvent.type(screen.getByLabelText('Date de naissance'), '03/1955');
      expect(await screen.findByRole('article', { name: /^IDRISSI Mohammed/ })).toBeTruthy();
      expect(searchBodies(calls).at(-1)).toEqual({
        establishmentId: deskId,
        familyName: 'El Idrissi',
        birthDate: '1955-03',
        limit: 10,
      });
      expect(calls.every((call) => !call.url.includes('Idrissi'))).toBe(true);
    },
    typingTimeout,
  );

  it(
    'shows a birth date it cannot read next to the field, and searches with the other fields',
    async () => {
      const calls = serve([searchResult([])]);
      renderDesk();
      await userEvent.type(screen.getByLabelText('Nom de famille'), 'Amrani');
      await userEvent.type(screen.getByLabelText('Date de naissance'), '31/02/1990');
      expect(await screen.findByText("Cette date n'existe pas.")).toBeTruthy();
      expect(await screen.findByText('Aucun patient ne correspond')).toBeTruthy();
      expect(searchBodies(calls).at(-1)).toEqual({ establishmentId: deskId, familyName: 'Amrani', limit: 10 });
    },
    typingTimeout,
  );

  it(
    'creates a new patient from the search, setting aside the candidates seen, with one idempotency key',
    async () => {
      const calls = serve(
        [searchResult([possible, unlikely]), searchResult([unseen, possible])],
        [
          [
            409,
            {
              error: {
                code: 'conflict',
                message: 'x',
                issues: [{ path: ['patient'], message: '1', code: 'possible_duplicates' }],
              },
            },
          ],
          [201, { patientId: unseen.patient.id, regionalId: '1234567890', registrationId: possible.patient.id }],
        ],
      );
      const { onRegistered } = renderDesk();
      await userEvent.type(screen.getByLabelText('Nom de famille'), 'El Idrissi');
      await userEvent.type(screen.getByLabelText('Prénom'), 'Mohammed');
      await userEvent.type(screen.getByLabelText('Date de naissance'), '1955');
      await screen.findByRole('article', { name: /^IDRISSI Mohammed/ });
      await userEvent.click(screen.getByRole('button', { name: 'Créer un nouveau patient' }));

      const form = screen.getByRole('form', { name: 'Nouveau patient' });
      expect(within(form).getByLabelText('Nom de famille')).toHaveProperty('value', 'El Idrissi');
      expect(within(form).getByLabelText('Date de naissance')).toHaveProperty('value', '1955');
      await userEvent.type(within(form).getByLabelText('N° local (IPP)'), 'CHR-77');
      await userEvent.click(within(form).getByRole('button', { name: 'Créer le patient' }));

      // The server found someone the desk had not seen: back to the candidates, with a word of explanation.
      expect(await screen.findByText('Ce patient existe peut-être déjà')).toBeTruthy();
      expect(await screen.findByRole('article', { name: /^ELIDRISSI Mohammed/ })).toBeTruthy();
      const createAgain = screen.getByRole('button', { name: 'Créer un nouveau patient' });
      // Offered again once the candidates on screen answer the criteria of the form.
      await vi.waitFor(() => expect(createAgain.hasAttribute('disabled')).toBe(false), { timeout: 2000 });
      await userEvent.click(createAgain);
      await userEvent.click(screen.getByRole('button', { name: 'Créer le patient' }));
      await vi.waitFor(() => expect(onRegistered).toHaveBeenCalledWith(unseen.patient.id, expect.anything()));

      const creations = calls.filter((call) => call.url === '/api/patients');
      expect(creations.map((call) => call.body)).toMatchObject([
        { establishmentId: deskId, localId: 'CHR-77', confirmedDistinctFrom: [possible.patient.id] },
        { confirmedDistinctFrom: [unseen.patient.id, possible.patient.id] },
      ]);
      expect(creations[0]?.body).toMatchObject({
        patient: { familyNameLatin: 'El Idrissi', givenNameLatin: 'Mohammed', birthDate: '1955' },
      });
      const keys = creations.map((call) => call.headers.get('idempotency-key'));
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).toBe(keys[0]);
      expect(creations[0]?.headers.get('x-csrf-token')).toBe('csrf-token');
    },
    typingTimeout,
  );

  it('checks the new patient with the domain rules before sending', async () => {
    const calls = serve([searchResult([])]);
    renderDesk();
    await userEvent.type(screen.getByLabelText('CIN'), 'AB123456');
    await userEvent.click(await screen.findByRole('button', { name: 'Créer un nouveau patient' }));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le patient' }));
    expect(await screen.findByText('Indiquez au moins un nom, en lettres latines ou arabes.')).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/patients')).toBe(false);
  });
});
