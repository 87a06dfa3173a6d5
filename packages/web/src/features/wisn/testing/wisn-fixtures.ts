import {
  computeWisn,
  wisnStandardSchema,
  type EstablishmentWisn,
  type RegionalWisnResponse,
  type WisnPressure,
} from '@tansiq/domain';

const figures = (requiredStaff: number, actualStaff: number, pressure: WisnPressure) => ({
  requiredStaff,
  actualStaff,
  difference: actualStaff - requiredStaff,
  ratio: actualStaff / requiredStaff,
  pressure,
});

const row = (
  establishmentId: string,
  cadre: 'general_practitioner' | 'midwife',
  values: ReturnType<typeof figures>,
) => ({
  establishmentId,
  cadre,
  ...values,
  standardVersion: 1,
  missingWorkloadActivityCodes: [],
});

export const centreId = '11111111-1111-4111-8111-111111111111';
export const hospitalId = '22222222-2222-4222-8222-222222222222';

const centre = {
  id: centreId,
  code: 'CSR-1',
  nameFr: 'CSR de test',
  nameAr: null,
  type: 'CSR-2' as const,
  provinceCode: '01.151',
  lon: -5.2,
  lat: 35.1,
};

/** Two establishments: a centre in severe shortage of GPs, a hospital balanced in midwives and short of GPs. */
export const regionalWisn: RegionalWisnResponse = {
  gstId: '33333333-3333-4333-8333-333333333333',
  year: 2025,
  onDate: '2025-12-31',
  annualisationFactor: 1,
  establishments: [
    { ...centre, id: hospitalId, code: 'CHP-1', nameFr: 'CHP de test', type: 'CHP', provinceCode: '01.571' },
    centre,
  ],
  rows: [
    row(centreId, 'general_practitioner', figures(2, 0.5, 'severe_shortage')),
    row(hospitalId, 'general_practitioner', figures(10, 7, 'shortage')),
    row(hospitalId, 'midwife', figures(4, 4, 'balanced')),
  ],
  totals: {
    byEstablishment: [
      { establishmentId: centreId, provinceCode: '01.151', ...figures(2, 0.5, 'severe_shortage'), rowCount: 1 },
      { establishmentId: hospitalId, provinceCode: '01.571', ...figures(14, 11, 'shortage'), rowCount: 2 },
    ],
    byCadre: [],
    byProvince: [],
    region: { ...figures(16, 11.5, 'shortage'), rowCount: 3 },
  },
  missingStandards: [],
};

/** A GP standard with AWT 1,640 h: 6,150 consultations at 12 min need 0.75 staff; school visits are missing. */
const standard = wisnStandardSchema.parse({
  cadre: 'general_practitioner',
  establishmentType: 'CSR-2',
  version: 1,
  effectiveFrom: '2025-01-01',
  availableWorkingTime: {
    possibleWorkingDays: 260,
    publicHolidays: 13,
    annualLeave: 22,
    sickLeave: 5,
    otherLeave: 15,
    unauthorisedAbsence: 0,
    workingHoursPerDay: 8,
  },
  serviceStandards: [
    { kind: 'unit_time', activityCode: 'curative_consultation', label: 'Consultation curative', unitTimeMinutes: 12 },
    { kind: 'unit_time', activityCode: 'school_health_visit', label: 'Visite scolaire', unitTimeMinutes: 30 },
  ],
  categoryAllowances: [{ kind: 'hours_per_year', code: 'meetings', label: 'Réunions', hoursPerYear: 82 }],
  individualAllowances: [{ code: 'head_of_centre', label: 'Chef de centre', hoursPerYear: 328, staffCount: 1 }],
});

export const establishmentWisn: EstablishmentWisn = {
  establishment: centre,
  year: 2025,
  onDate: '2025-12-31',
  annualisationFactor: 1,
  sources: [
    { activityCode: 'curative_consultation', platform: 6150, entered: null },
    { activityCode: 'school_health_visit', platform: null, entered: null },
  ],
  result: computeWisn({ standard, workload: { curative_consultation: 6150 }, actualStaff: 1 }),
};
