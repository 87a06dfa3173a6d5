import type { Me, Referral, ReferralDestinations, Role } from '@tansiq/domain';

export const gstId = '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c';
export const chpId = '1c7a4d3b-2e5f-4a6b-9c8d-0e1f2a3b4c5d';
export const chuId = '2d8b5e4c-3f6a-4b7c-8d9e-1f2a3b4c5d6e';
export const chrId = '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f';
export const patientId = '4fad7a6e-5b8c-4d9e-8f1a-3b4c5d6e7f80';
export const referralId = '5a0b8c7d-6e9f-4a0b-9c1d-4e5f6a7b8c90';

/** A signed-in user holding one role at one establishment. */
export function meWith(role: Role, establishmentId = chpId, establishmentName = 'CHP Chefchaouen'): Me {
  return {
    user: {
      id: '6b1c9d8e-7f0a-4b1c-8d2e-5f6a7b8c9d01',
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
          id: '7c2d0e9f-8a1b-4c2d-9e3f-6a7b8c9d0e12',
          role,
          scopeLevel: 'establishment',
          gstId,
          provinceCode: null,
          establishmentId,
          establishmentName,
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

const establishment = (id: string, code: string, nameFr: string, type: 'CHP' | 'CHR' | 'CHU') => ({
  id,
  code,
  nameFr,
  nameAr: null,
  type,
});

export const chp = establishment(chpId, 'CHP-CHEF', 'CHP Chefchaouen', 'CHP');
export const chr = establishment(chrId, 'CHR-TET', 'CHR Saniat Rmel Tétouan', 'CHR');
export const chu = establishment(chuId, 'CHU-TNG', 'CHU Mohammed VI Tanger', 'CHU');

/** Two destinations: the CHR first in the pathway (recommended), the CHU off the pathway. */
export const destinations: ReferralDestinations = {
  pathway: { mapId: '8d3e1f0a-9b2c-4d3e-8f4a-7b8c9d0e1f23', version: 1, teleexpertiseFirst: true, maxDelayDays: 15 },
  options: [
    {
      establishment: chr,
      pathwayRank: 1,
      distanceKm: 58.4,
      earliestSlot: { startsAt: '2026-12-09T09:00:00Z', mode: 'in_person' },
      medianWaitDays: 9,
      backlog: 3,
      beds: null,
      directBooking: false,
      reasons: ['pathway_rank', 'earliest_slot'],
      recommended: true,
    },
    {
      establishment: chu,
      pathwayRank: null,
      distanceKm: 112,
      earliestSlot: null,
      medianWaitDays: null,
      backlog: 12,
      beds: { available: 4, updatedAt: '2026-12-07T08:00:00Z' },
      directBooking: false,
      reasons: ['off_pathway', 'no_free_slot'],
      recommended: false,
    },
  ],
};

/** A referral sent from the CHP to the CHR, with overrides. */
export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: referralId,
    number: 'TTA-R26-000123',
    status: 'sent',
    urgency: 'routine',
    specialtyCode: 'cardiology',
    patient: { id: patientId, regionalId: '1234567890', displayName: 'EL AMRANI Mohamed' },
    origin: chp,
    destination: chr,
    sender: { userId: '9e4f2a1b-0c3d-4e4f-9a5b-8c9d0e1f2a34', displayName: 'Inf. Salma Idrissi' },
    inPathway: true,
    sentAt: '2026-12-07T09:00:00Z',
    appointment: null,
    timers: [
      { timer: 'accept', dueAt: '2026-12-10T09:00:00Z', state: 'running' },
      { timer: 'appointment', dueAt: null, state: 'not_started' },
      { timer: 'counter_referral', dueAt: null, state: 'not_started' },
    ],
    overdue: false,
    updatedAt: '2026-12-07T09:00:00Z',
    reason: 'Souffle cardiaque',
    clinicalSummary: 'Dyspnée d’effort depuis 3 mois.',
    returnEstablishment: chp,
    pathway: { mapId: '8d3e1f0a-9b2c-4d3e-8f4a-7b8c9d0e1f23', rank: 1 },
    offPathwayJustification: null,
    decline: null,
    cancelReason: null,
    counterReferral: null,
    sourceTeleexpertiseId: null,
    events: [
      {
        sequence: 1,
        action: 'send',
        fromStatus: null,
        toStatus: 'sent',
        actor: { userId: '9e4f2a1b-0c3d-4e4f-9a5b-8c9d0e1f2a34', displayName: 'Inf. Salma Idrissi' },
        establishmentId: chpId,
        details: {},
        occurredAt: '2026-12-07T09:00:00Z',
      },
    ],
    attachments: [],
    allowedActions: ['accept', 'decline', 'redirect'],
    redacted: false,
    version: 2,
    ...overrides,
  };
}
