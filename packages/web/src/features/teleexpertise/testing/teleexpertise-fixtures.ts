import type { Teleexpertise } from '@tansiq/domain';
import { vi } from 'vitest';

const place = (id: string, nameFr: string, type: 'CSR-1' | 'CHP') => ({
  id,
  code: `C-${id.slice(-2)}`,
  nameFr,
  nameAr: null,
  type,
});

/** An open request from a rural centre to cardiology at a provincial hospital. */
export const openTeleexpertise: Teleexpertise = {
  id: '7e1c0000-0000-4000-8000-000000000001',
  number: 'TTA-T26-000042',
  status: 'open',
  specialtyCode: 'cardiology',
  patient: { id: '7e1c0000-0000-4000-8000-000000000002', regionalId: 'P-123', displayName: 'Khadija Test' },
  origin: place('7e1c0000-0000-4000-8000-000000000003', 'CSR Bab Taza', 'CSR-1'),
  destination: place('7e1c0000-0000-4000-8000-000000000004', 'CHP de Chefchaouen', 'CHP'),
  requester: { userId: '7e1c0000-0000-4000-8000-000000000005', displayName: 'Inf. Salma' },
  askedAt: '2026-12-01T09:00:00.000Z',
  dueAt: '2026-12-03T09:00:00.000Z',
  overdue: false,
  answerKind: null,
  answeredAt: null,
  question: 'Souffle systolique chez une patiente de 40 ans : échographie ?',
  answer: null,
  referralPrefill: null,
  referralId: null,
  appointment: null,
  report: null,
  attachments: [
    {
      id: '7e1c0000-0000-4000-8000-000000000006',
      fileName: 'ECG.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1200,
      uploadedAt: '2026-12-01T09:01:00.000Z',
    },
  ],
  allowedActions: ['answer'],
  version: 1,
};

/** The same request answered with a teleconsultation, booked and reported. */
export const reportedTeleexpertise: Teleexpertise = {
  ...openTeleexpertise,
  status: 'answered',
  answerKind: 'teleconsultation',
  answeredAt: '2026-12-02T10:00:00.000Z',
  answer: {
    kind: 'teleconsultation',
    text: 'Téléconsultation proposée avec l’infirmière.',
    author: { userId: '7e1c0000-0000-4000-8000-000000000007', displayName: 'Dr Amrani' },
    answeredAt: '2026-12-02T10:00:00.000Z',
  },
  appointment: {
    id: '7e1c0000-0000-4000-8000-000000000008',
    startsAt: '2026-12-04T13:00:00.000Z',
    endsAt: '2026-12-04T13:30:00.000Z',
    mode: 'teleconsultation',
    status: 'attended',
    videoUrl: 'https://visio.example.org/tansiq-7e1c',
  },
  report: {
    findings: 'Souffle éjectionnel 2/6.',
    diagnosis: 'Souffle fonctionnel',
    icd10Code: 'R01.1',
    recommendations: 'Échographie dans 6 mois.',
    author: { userId: '7e1c0000-0000-4000-8000-000000000007', displayName: 'Dr Amrani' },
    reportedAt: '2026-12-04T13:40:00.000Z',
  },
  allowedActions: [],
  version: 3,
};

/** A request the stubbed `fetch` received. */
export interface StubbedCall {
  url: string;
  method: string;
  body: unknown;
}

/** Stubs `fetch`: answers each call with `respond(url)` as JSON (status 200 unless given) and records the calls. */
export function stubFetch(respond: (url: string) => { status?: number; body: unknown }): StubbedCall[] {
  const calls: StubbedCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ url, method: init?.method ?? 'GET', body });
      const { status = 200, body: answer } = respond(url);
      return Promise.resolve(
        new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  return calls;
}
