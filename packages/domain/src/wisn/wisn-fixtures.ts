import type { WisnWorkload } from './compute-wisn';
import { wisnStandardSchema, type WisnStandard } from './wisn-standard';

/**
 * The worked example of docs/wisn-worked-example.md: a level-2 rural health centre (CSR-2) with polyvalent nurses and
 * a general practitioner. Figures are invented and chosen by hand so that every step is easy to check on paper.
 * Used by tests only.
 */
export const ruralNurseStandard: WisnStandard = wisnStandardSchema.parse({
  cadre: 'polyvalent_nurse',
  establishmentType: 'CSR-2',
  version: 1,
  effectiveFrom: '2026-01-01',
  availableWorkingTime: {
    possibleWorkingDays: 260,
    publicHolidays: 13,
    annualLeave: 22,
    sickLeave: 8,
    otherLeave: 5,
    unauthorisedAbsence: 2,
    workingHoursPerDay: 8,
  },
  serviceStandards: [
    { kind: 'unit_time', activityCode: 'nursing_care', label: 'Nursing consultation and care', unitTimeMinutes: 15 },
    { kind: 'unit_time', activityCode: 'antenatal_visit', label: 'Antenatal visit', unitTimeMinutes: 20 },
    { kind: 'rate', activityCode: 'child_vaccination', label: 'Child vaccination', ratePerHour: 12 },
    { kind: 'unit_time', activityCode: 'wound_care', label: 'Wound care and injections', unitTimeMinutes: 12 },
  ],
  categoryAllowances: [
    { kind: 'percent', code: 'meetings_and_reporting', label: 'Staff meetings and monthly reports', percent: 10 },
    { kind: 'hours_per_year', code: 'health_education', label: 'Community health education', hoursPerYear: 168 },
  ],
  individualAllowances: [
    { code: 'head_nurse_supervision', label: 'Head nurse: supervision and stock', hoursPerYear: 336, staffCount: 1 },
  ],
});

export const ruralNurseWorkload: WisnWorkload = {
  nursing_care: 5376,
  antenatal_visit: 2520,
  child_vaccination: 4032,
  wound_care: 4200,
};

export const ruralGeneralPractitionerStandard: WisnStandard = wisnStandardSchema.parse({
  cadre: 'general_practitioner',
  establishmentType: 'CSR-2',
  version: 1,
  effectiveFrom: '2026-01-01',
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
    { kind: 'unit_time', activityCode: 'curative_consultation', label: 'Curative consultation', unitTimeMinutes: 12 },
    { kind: 'unit_time', activityCode: 'high_risk_antenatal', label: 'High-risk antenatal visit', unitTimeMinutes: 20 },
    { kind: 'rate', activityCode: 'teleexpertise_request', label: 'Tele-expertise request', ratePerHour: 2 },
    { kind: 'unit_time', activityCode: 'school_health_visit', label: 'School health visit', unitTimeMinutes: 30 },
  ],
  categoryAllowances: [
    { kind: 'hours_per_year', code: 'meetings_and_reporting', label: 'Meetings and reports', hoursPerYear: 82 },
  ],
  individualAllowances: [
    { code: 'head_of_centre', label: 'Head of the centre: management', hoursPerYear: 328, staffCount: 1 },
  ],
});

/** No school health visits were entered: the example shows the missing-workload flag. */
export const ruralGeneralPractitionerWorkload: WisnWorkload = {
  curative_consultation: 6150,
  high_risk_antenatal: 492,
  teleexpertise_request: 328,
};
