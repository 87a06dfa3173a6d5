import type { HrDashboard, Me, Role } from '@tansiq/domain';

export const gstId = '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c';
export const hospitalId = '11111111-1111-4111-8111-111111111111';
export const centreId = '22222222-2222-4222-8222-222222222222';
export const ouezzaneId = '33333333-3333-4333-8333-333333333333';
export const pendingRequestId = '44444444-4444-4444-8444-444444444444';
export const lineId = '55555555-5555-4555-8555-555555555555';

const establishment = (id: string, nameFr: string, nameAr: string, provinceCode: string, lon: number, lat: number) => ({
  id,
  code: nameFr.slice(0, 6),
  nameFr,
  nameAr,
  type: 'CSR-2' as const,
  provinceCode,
  lon,
  lat,
});

const province = (provinceCode: string, headcount: number, densityPer10k: number, doctorsPer10k: number) => ({
  provinceCode,
  headcount,
  doctors: 0,
  nursesAndMidwives: 0,
  paramedical: 0,
  population: 100_000,
  doctorsPer10k,
  paramedicalPer10k: 0,
  densityPer10k,
  meetsThreshold: densityPer10k >= 23,
  shortfallToThreshold: 0,
});

/** The GST view of March 2026 (figures as in the server's hand-checked world, rounded). */
export const gstDashboard: HrDashboard = {
  gstId,
  month: '2026-03',
  day: '2026-03-31',
  windowFrom: '2025-04-01',
  windowTo: '2026-03-31',
  provinceCode: null,
  scope: 'gst',
  provinces: [
    { code: '01.151', nameFr: 'Chefchaouen', nameAr: 'شفشاون', population: 412_713 },
    { code: '01.405', nameFr: 'Ouezzane', nameAr: 'وزان', population: 274_577 },
  ],
  establishments: [
    establishment(hospitalId, 'CHP Chefchaouen', 'المركز الاستشفائي شفشاون', '01.151', -5.27, 35.17),
    establishment(centreId, 'CSR Bab Taza', 'باب تازة', '01.151', -5.2, 35.06),
    establishment(ouezzaneId, 'CSR Ouezzane', 'وزان', '01.405', -5.58, 34.8),
  ],
  benchmarks: { nationalDoctorsPer10k: 4.2, nationalParamedicalPer10k: 10.89, thresholdPer10k: 23 },
  headcount: {
    totals: {
      headcount: 14,
      doctors: 5,
      nursesAndMidwives: 7,
      paramedical: 8,
      density: {
        population: 687_290,
        doctorsPer10k: 0.07,
        paramedicalPer10k: 0.12,
        densityPer10k: 0.17,
        meetsThreshold: false,
        shortfallToThreshold: 1_569,
      },
    },
    byProvince: [province('01.151', 11, 0.22, 0.1), province('01.405', 3, 0.11, 0.04)],
    byCadre: [
      { cadre: 'general_practitioner', headcount: 4 },
      { cadre: 'midwife', headcount: 2 },
    ],
    byCadreAndProvince: [
      { cadre: 'general_practitioner', provinceCode: '01.151', headcount: 3 },
      { cadre: 'general_practitioner', provinceCode: '01.405', headcount: 1 },
      { cadre: 'midwife', provinceCode: '01.151', headcount: 2 },
    ],
    byEstablishment: [],
  },
  vacancies: {
    totals: { budgeted: 11, filled: 14.5, vacant: 4.5, overStaffed: 8 },
    byEstablishment: [
      { establishmentId: hospitalId, budgeted: 6, filled: 9, vacant: 2, overStaffed: 5, vacancyRate: 0.3333 },
      { establishmentId: centreId, budgeted: 3, filled: 2, vacant: 2, overStaffed: 1, vacancyRate: 0.6667 },
      { establishmentId: ouezzaneId, budgeted: 2, filled: 3.5, vacant: 0.5, overStaffed: 2, vacancyRate: 0.25 },
    ],
  },
  wisn: {
    year: 2026,
    rowCount: 2,
    bands: [
      { pressure: 'severe_shortage', count: 0 },
      { pressure: 'shortage', count: 0 },
      { pressure: 'balanced', count: 0 },
      { pressure: 'surplus', count: 2 },
      { pressure: 'no_workload', count: 0 },
    ],
    establishmentsInShortage: 0,
    missingStandards: 7,
  },
  mobility: {
    totals: { approved: 1, pending: 2 },
    flows: [
      { originId: hospitalId, destinationId: ouezzaneId, approved: 1, pending: 1 },
      { originId: centreId, destinationId: hospitalId, approved: 0, pending: 1 },
    ],
  },
  onCall: {
    totals: { lines: 2, shifts: 3, gaps: 2, linesWithoutRoster: 1 },
    lines: [
      {
        lineId,
        name: 'Garde urgences CHP',
        kind: 'garde',
        establishmentIds: [hospitalId],
        rosterId: '66666666-6666-4666-8666-666666666666',
        rosterStatus: 'draft',
        shifts: 3,
        gaps: 2,
        gapDays: ['2026-03-02', '2026-03-05'],
      },
      {
        lineId: '77777777-7777-4777-8777-777777777777',
        name: 'Garde maternité Bab Taza',
        kind: 'garde',
        establishmentIds: [centreId],
        rosterId: null,
        rosterStatus: null,
        shifts: 0,
        gaps: 0,
        gapDays: [],
      },
    ],
  },
  timeToDecision: {
    byType: [
      {
        type: 'mobility',
        decided: 2,
        approved: 1,
        rejected: 1,
        undecided: 2,
        medianHours: 72,
        p90Hours: 91.2,
        medianWorkingDays: 3,
        p90WorkingDays: 3.8,
      },
    ],
    byMonth: [{ month: '2026-03', decided: 1, medianHours: 48, p90Hours: 48, medianWorkingDays: 2, p90WorkingDays: 2 }],
    pending: [
      {
        requestId: pendingRequestId,
        type: 'mobility',
        status: 'returned',
        originEstablishmentId: centreId,
        destinationEstablishmentId: hospitalId,
        firstSubmittedAt: '2026-02-10T10:00:00Z',
        ageDays: 300,
        ageWorkingDays: 210,
      },
    ],
  },
};

/** The same month seen by the centre's establishment admin: their establishment only, no densities. */
export const establishmentDashboard: HrDashboard = {
  ...gstDashboard,
  scope: 'establishment',
  headcount: {
    ...gstDashboard.headcount,
    totals: { headcount: 2, doctors: 1, nursesAndMidwives: 1, paramedical: 1, density: null },
    byProvince: [],
    byCadreAndProvince: [{ cadre: 'midwife', provinceCode: '01.151', headcount: 1 }],
  },
};

/** A signed-in user holding one role in the GST (at the centre for establishment roles). */
export function meWith(role: Role): Me {
  const establishmentLevel = role === 'establishment_admin' || role === 'physician';
  return {
    user: {
      id: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f',
      username: 'rh.tta',
      displayName: 'RH TTA',
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
          scopeLevel: establishmentLevel ? 'establishment' : 'gst',
          gstId,
          provinceCode: null,
          establishmentId: establishmentLevel ? centreId : null,
          establishmentName: establishmentLevel ? 'CSR Bab Taza' : null,
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
