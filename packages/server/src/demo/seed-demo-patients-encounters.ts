// The encounters of the demo patients: a small catalogue of common reasons with their WHO ICD-10 codes, and the plan
// of one patient's visits (where, when, why, with whom, how it ended). Demonstration data, not epidemiology.
import type { EncounterKind, EncounterOutcome } from '@tansiq/domain';

/** Where a demo patient may be seen: the centre they belong to, their provincial hospital, the CHU. */
export interface DemoCarePlaces {
  home: { id: string; isHospital: boolean };
  provincial: { id: string } | undefined;
  university: { id: string } | undefined;
}

/** One planned encounter (times in milliseconds since the epoch). */
export interface DemoEncounterPlan {
  establishmentId: string;
  kind: EncounterKind;
  specialtyCode: string;
  startedAt: number;
  endedAt: number | null;
  practitionerName: string;
  reason: string;
  icd10Code: string;
  /** Null while a stay is still running. */
  outcome: EncounterOutcome | null;
}

interface CatalogueEntry {
  kind: EncounterKind;
  setting: 'primary' | 'hospital';
  specialty: string;
  reason: string;
  icd10: string;
  minAge?: number;
  maxAge?: number;
  sex?: 'female';
}

const entry = (
  kind: EncounterKind,
  setting: 'primary' | 'hospital',
  specialty: string,
  reason: string,
  icd10: string,
  limits: { minAge?: number; maxAge?: number; sex?: 'female' } = {},
): CatalogueEntry => ({ kind, setting, specialty, reason, icd10, ...limits });

// Each (setting, kind) has at least one entry without limits, so every patient finds a reason.
const catalogue: readonly CatalogueEntry[] = [
  entry('consultation', 'primary', 'general_medicine', 'Hypertension artérielle — suivi', 'I10', { minAge: 35 }),
  entry('consultation', 'primary', 'general_medicine', 'Diabète de type 2 — suivi', 'E11.9', { minAge: 30 }),
  entry('consultation', 'primary', 'general_medicine', 'Rhinopharyngite aiguë', 'J00'),
  entry('consultation', 'primary', 'general_medicine', 'Angine aiguë', 'J03.9'),
  entry('consultation', 'primary', 'general_medicine', 'Gastro-entérite aiguë', 'A09'),
  entry('consultation', 'primary', 'general_medicine', 'Lombalgie', 'M54.5', { minAge: 18 }),
  entry('consultation', 'primary', 'general_medicine', 'Infection urinaire', 'N39.0'),
  entry('consultation', 'primary', 'general_medicine', 'Asthme — suivi', 'J45.9'),
  entry('consultation', 'primary', 'general_medicine', 'Anémie par carence en fer', 'D50.9'),
  entry('consultation', 'primary', 'general_medicine', 'Tuberculose pulmonaire — suivi du traitement', 'A15.0', {
    minAge: 15,
  }),
  entry('consultation', 'primary', 'maternal_health', 'Surveillance de grossesse normale', 'Z34.9', {
    minAge: 18,
    maxAge: 44,
    sex: 'female',
  }),
  entry('consultation', 'primary', 'general_medicine', "Examen de santé de routine de l'enfant", 'Z00.1', {
    maxAge: 5,
  }),
  entry('consultation', 'primary', 'general_medicine', 'Conjonctivite', 'H10.9'),
  entry('emergency', 'primary', 'general_medicine', 'Plaie superficielle', 'T14.0'),
  entry('emergency', 'primary', 'general_medicine', 'Fièvre', 'R50.9'),
  entry('consultation', 'hospital', 'cardiology', 'Cardiopathie ischémique — suivi', 'I25.9', { minAge: 40 }),
  entry('consultation', 'hospital', 'ophthalmology', 'Cataracte', 'H26.9', { minAge: 50 }),
  entry('consultation', 'hospital', 'endocrinology', 'Diabète de type 2 — avis spécialisé', 'E11.9', { minAge: 30 }),
  entry('consultation', 'hospital', 'nephrology', 'Insuffisance rénale chronique — suivi', 'N18.9', { minAge: 30 }),
  entry('consultation', 'hospital', 'gynaecology_obstetrics', 'Grossesse à risque — suivi', 'O09.9', {
    minAge: 18,
    maxAge: 44,
    sex: 'female',
  }),
  entry('consultation', 'hospital', 'ent', 'Otite moyenne chronique', 'H66.9'),
  entry('emergency', 'hospital', 'emergency', 'Douleur abdominale', 'R10.4'),
  entry('emergency', 'hospital', 'emergency', 'Douleur thoracique', 'R07.4', { minAge: 25 }),
  entry('emergency', 'hospital', 'emergency', "Fracture de l'extrémité inférieure du radius", 'S52.5'),
  entry('emergency', 'hospital', 'emergency', 'Plaie de la main', 'S61.9'),
  entry('emergency', 'hospital', 'emergency', 'Traumatisme crânien léger', 'S06.0'),
  entry('emergency', 'hospital', 'emergency', 'Colique néphrétique', 'N23', { minAge: 18 }),
  entry('emergency', 'hospital', 'emergency', "Fièvre de l'enfant", 'R50.9', { maxAge: 14 }),
  entry('hospital_stay', 'hospital', 'gynaecology_obstetrics', 'Accouchement unique et spontané', 'O80', {
    minAge: 18,
    maxAge: 44,
    sex: 'female',
  }),
  entry('hospital_stay', 'hospital', 'general_surgery', 'Appendicite aiguë', 'K35.8'),
  entry('hospital_stay', 'hospital', 'internal_medicine', 'Pneumopathie', 'J18.9'),
  entry('hospital_stay', 'hospital', 'cardiology', 'Insuffisance cardiaque', 'I50.9', { minAge: 50 }),
  entry('hospital_stay', 'hospital', 'neurology', 'Infarctus cérébral', 'I63.9', { minAge: 50 }),
  entry('hospital_stay', 'hospital', 'general_surgery', 'Cholécystite aiguë', 'K81.0', { minAge: 25 }),
  entry('hospital_stay', 'hospital', 'orthopaedics', 'Fracture du col du fémur', 'S72.0', { minAge: 60 }),
  entry('hospital_stay', 'hospital', 'paediatrics', 'Bronchiolite aiguë', 'J21.9', { maxAge: 2 }),
  entry('hospital_stay', 'hospital', 'internal_medicine', 'Diabète de type 2 avec acidocétose', 'E11.1', {
    minAge: 30,
  }),
];

const primaryPractitioners = [
  'Dr Amina Benali',
  'Dr Youssef Tazi',
  'Dr Salma Idrissi',
  'Dr Hamza El Fassi',
  'Inf. Siham Tahiri',
  'Inf. Mounir Kettani',
  'Sage-femme Latifa Bennis',
];
const hospitalPractitioners = [
  'Dr Nora Chraibi',
  'Dr Mehdi Alami',
  'Dr Imane Bouzidi',
  'Dr Khalid Ouazzani',
  'Dr Laila Berrada',
  'Dr Anas Sqalli',
  'Pr Driss Benjelloun',
  'Pr Ghita Lahlou',
];

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

type Weighted<T> = readonly (readonly [T, number])[];

function pickWeighted<T>(items: Weighted<T>, random: () => number): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [item, weight] of items) {
    draw -= weight;
    if (draw < 0) {
      return item;
    }
  }
  const last = items[items.length - 1];
  if (!last) {
    throw new Error('Nothing to pick from');
  }
  return last[0];
}

const pick = <T>(items: readonly T[], random: () => number): T =>
  pickWeighted<T>(
    items.map((item) => [item, 1]),
    random,
  );

const outcomes: Record<EncounterKind, Weighted<EncounterOutcome>> = {
  teleconsultation: [
    ['home', 60],
    ['follow_up', 35],
    ['referred', 5],
  ],
  consultation: [
    ['home', 65],
    ['follow_up', 28],
    ['referred', 7],
  ],
  emergency: [
    ['home', 60],
    ['follow_up', 10],
    ['admitted', 18],
    ['transferred', 7],
    ['left_against_advice', 5],
  ],
  hospital_stay: [
    ['home', 88],
    ['transferred', 7],
    ['left_against_advice', 5],
  ],
};

function durationOf(kind: EncounterKind, icd10: string, random: () => number): number {
  if (kind === 'consultation') {
    return (15 + Math.floor(random() * 30)) * minute;
  }
  if (kind === 'emergency') {
    return (1 + random() * 7) * hour;
  }
  return (icd10 === 'O80' ? 1 + Math.floor(random() * 2) : 2 + Math.floor(random() * 10)) * day;
}

const fits = (candidate: CatalogueEntry, age: number, sex: string): boolean =>
  (candidate.minAge === undefined || age >= candidate.minAge) &&
  (candidate.maxAge === undefined || age <= candidate.maxAge) &&
  (candidate.sex === undefined || candidate.sex === sex);

/**
 * The visits of one patient between `from` and `to`: mostly at the centre they belong to, sometimes at the
 * provincial hospital or the CHU (a hospital stay only ever in a hospital), so timelines span several establishments.
 */
export function planDemoEncounters(
  patient: { birthYear: number; sex: string },
  places: DemoCarePlaces,
  window: { from: number; to: number },
  random: () => number,
): DemoEncounterPlan[] {
  const count = pickWeighted(
    [
      [1, 45],
      [2, 30],
      [3, 15],
      [4, 10],
    ],
    random,
  );
  const plans: DemoEncounterPlan[] = [];
  for (let index = 0; index < count; index += 1) {
    const where = pickWeighted<{ id: string; isHospital: boolean }>(
      [
        [places.home, 65],
        ...(places.provincial ? [[{ id: places.provincial.id, isHospital: true }, 25] as const] : []),
        ...(places.university ? [[{ id: places.university.id, isHospital: true }, 10] as const] : []),
      ],
      random,
    );
    const kind = where.isHospital
      ? pickWeighted<EncounterKind>(
          [
            ['consultation', 40],
            ['emergency', 40],
            ['hospital_stay', 20],
          ],
          random,
        )
      : pickWeighted<EncounterKind>(
          [
            ['consultation', 90],
            ['emergency', 10],
          ],
          random,
        );
    const startedAt = window.from + random() * (window.to - window.from);
    const age = new Date(startedAt).getUTCFullYear() - patient.birthYear;
    const setting = where.isHospital ? 'hospital' : 'primary';
    const reason = pick(
      catalogue.filter((item) => item.kind === kind && item.setting === setting && fits(item, age, patient.sex)),
      random,
    );
    const endedAt = startedAt + durationOf(kind, reason.icd10, random);
    const ongoing = endedAt > window.to;
    plans.push({
      establishmentId: where.id,
      kind,
      specialtyCode: reason.specialty,
      startedAt,
      // A stay still running today has neither an end nor an outcome yet.
      endedAt: ongoing ? null : endedAt,
      practitionerName: pick(where.isHospital ? hospitalPractitioners : primaryPractitioners, random),
      reason: reason.reason,
      icd10Code: reason.icd10,
      outcome: ongoing ? null : pickWeighted(outcomes[kind], random),
    });
  }
  return plans.sort((left, right) => left.startedAt - right.startedAt);
}
