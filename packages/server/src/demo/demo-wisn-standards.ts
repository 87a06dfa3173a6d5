import {
  wisnStandardSchema,
  type AvailableWorkingTime,
  type Cadre,
  type EstablishmentType,
  type WisnStandard,
} from '@tansiq/domain';

/**
 * Default WISN standards of the TTA demonstration (docs/wisn-worked-example.md, "Demonstration standards"). They are
 * plausible, not agreed: no national staffing norm exists (DOMAIN.md §8), so the GST's expert working group must
 * confirm or replace every figure. Labels say so. Times follow the WHO manual: days, hours a day, minutes per activity.
 */
const toConfirm = ' (à confirmer par le groupe d’experts du GST)';

/** Moroccan civil service year: 52 × 5 days, 13 holidays on working days, 22 days of annual leave, 8 h a day. */
const moroccanWorkingTime: AvailableWorkingTime = {
  possibleWorkingDays: 260,
  publicHolidays: 13,
  annualLeave: 22,
  sickLeave: 6,
  otherLeave: 5,
  unauthorisedAbsence: 2,
  workingHoursPerDay: 8,
};

const unit = (activityCode: string, label: string, unitTimeMinutes: number) => ({
  kind: 'unit_time' as const,
  activityCode,
  label: `${label}${toConfirm}`,
  unitTimeMinutes,
});
const meetings = (percent: number) => ({
  kind: 'percent' as const,
  code: 'meetings_and_reporting',
  label: 'Réunions, rapports et SIS',
  percent,
});

type Template = Pick<WisnStandard, 'serviceStandards' | 'categoryAllowances' | 'individualAllowances'>;

const primaryCare: Partial<Record<Cadre, Template>> = {
  general_practitioner: {
    serviceStandards: [
      unit('curative_consultation', 'Consultation curative', 15),
      unit('emergency_visit', 'Urgence de premier niveau', 20),
      // The GP sees about one maternal health visit in two (antenatal risk check); midwives and nurses the rest.
      unit('maternal_health_consultation', 'Consultation de santé maternelle (part du médecin)', 10),
    ],
    categoryAllowances: [meetings(10)],
    individualAllowances: [
      { code: 'head_of_centre', label: 'Médecin chef : gestion', hoursPerYear: 400, staffCount: 1 },
    ],
  },
  polyvalent_nurse: {
    serviceStandards: [
      // Reception, vital signs, then the care prescribed (injection, dressing, medicines handed out).
      unit('curative_consultation', 'Accueil, soins et injections', 12),
      unit('emergency_visit', 'Soins d’urgence', 20),
      // Where there is no midwife the nurse holds antenatal and family planning visits; elsewhere she shares them.
      unit('maternal_health_consultation', 'Santé maternelle et planification familiale (part infirmière)', 10),
      { kind: 'rate', activityCode: 'child_vaccination', label: `Vaccination${toConfirm}`, ratePerHour: 12 },
      unit('school_health_visit', 'Santé scolaire', 30),
    ],
    categoryAllowances: [
      meetings(8),
      { kind: 'hours_per_year', code: 'health_education', label: 'Éducation sanitaire', hoursPerYear: 120 },
    ],
    individualAllowances: [],
  },
  midwife: {
    serviceStandards: [
      unit('delivery', 'Accouchement', 240),
      unit('maternal_health_consultation', 'Consultation prénatale et postnatale', 20),
    ],
    categoryAllowances: [meetings(10)],
    individualAllowances: [],
  },
};

const hospital: Partial<Record<Cadre, Template>> = {
  specialist: {
    serviceStandards: [
      unit('specialist_consultation', 'Consultation spécialisée', 20),
      unit('attended_referral', 'Patient référé reçu', 30),
      unit('hospital_admission', 'Hospitalisation (admission et compte rendu de sortie)', 60),
      // Round, prescriptions and news to the family: about 20 minutes per patient a day.
      unit('inpatient_day', 'Visite quotidienne des hospitalisés', 20),
      unit('surgical_operation', 'Intervention chirurgicale ou césarienne (opérateur et anesthésiste)', 150),
      // About one emergency visit in three asks for a specialist's opinion of about 30 minutes.
      unit('emergency_visit', 'Avis spécialisé aux urgences (moyenne par passage)', 10),
      unit('teleexpertise_answer', 'Réponse de télé-expertise', 20),
      unit('teleconsultation', 'Téléconsultation', 20),
    ],
    categoryAllowances: [meetings(10)],
    individualAllowances: [{ code: 'head_of_service', label: 'Chef de service', hoursPerYear: 300, staffCount: 4 }],
  },
  general_practitioner: {
    serviceStandards: [
      unit('emergency_visit', 'Urgence', 20),
      unit('curative_consultation', 'Consultation de médecine générale', 15),
    ],
    categoryAllowances: [meetings(8)],
    individualAllowances: [],
  },
  polyvalent_nurse: {
    serviceStandards: [
      // About one nurse for 8 occupied beds on each 8-hour shift: 24 h ÷ 8 = 3 h per patient-day.
      unit('inpatient_day', 'Soins par journée d’hospitalisation', 180),
      unit('emergency_visit', 'Soins d’urgence', 30),
    ],
    categoryAllowances: [meetings(8)],
    individualAllowances: [{ code: 'head_nurse', label: 'Infirmier major', hoursPerYear: 600, staffCount: 3 }],
  },
  midwife: {
    serviceStandards: [
      // Admission, labour watched on the partograph, birth and the 2 hours after: about 6 hours of a midwife's time.
      unit('delivery', 'Accouchement', 360),
      // About one midwife for 8 mothers and their newborns on each 8-hour shift: 24 h ÷ 8 = 3 h, half of it hers.
      unit('maternity_inpatient_day', 'Surveillance en maternité (mère et nouveau-né), par journée', 90),
      unit('maternal_health_consultation', 'Consultation prénatale et triage obstétrical', 20),
    ],
    categoryAllowances: [meetings(8)],
    individualAllowances: [],
  },
};

const primaryTypes: EstablishmentType[] = ['DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2'];
const hospitalTypes: EstablishmentType[] = ['HP', 'CHP', 'CHR', 'HS', 'CHU'];
const withBirthingUnit: readonly EstablishmentType[] = ['CSR-2', 'CSU-2'];

function standardsFor(types: EstablishmentType[], templates: Partial<Record<Cadre, Template>>): WisnStandard[] {
  return types.flatMap((establishmentType) =>
    Object.entries(templates).flatMap(([cadre, template]) => {
      if (
        cadre === 'midwife' &&
        primaryTypes.includes(establishmentType) &&
        !withBirthingUnit.includes(establishmentType)
      ) {
        return [];
      }
      return [
        wisnStandardSchema.parse({
          cadre,
          establishmentType,
          version: 1,
          effectiveFrom: '2024-01-01',
          availableWorkingTime: moroccanWorkingTime,
          ...template,
        }),
      ];
    }),
  );
}

/** The demonstration's standards: primary care (GP, nurse, midwife where there is a birthing unit) and hospitals. */
export function demoWisnStandards(): WisnStandard[] {
  return [...standardsFor(primaryTypes, primaryCare), ...standardsFor(hospitalTypes, hospital)];
}
