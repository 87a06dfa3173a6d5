import type { Cadre } from '../staff/cadres';
import { parse } from '../lib/parse';
import { seededRandom } from '../lib/seeded-random';
import { moroccoInstant, addDays } from '../referrals/working-calendar';
import { daysOfMonth, generateRosterShifts } from './generate-roster-shifts';
import {
  rosterProblemSchema,
  type RosterCandidateInput,
  type RosterLineInput,
  type RosterProblem,
  type ShiftTimes,
} from './roster-problem';

const nights: ShiftTimes[] = [{ start: '20:00', end: '08:00' }];
const dayAndNight: ShiftTimes[] = [
  { start: '08:00', end: '20:00' },
  { start: '20:00', end: '08:00' },
];

/** One line of the synthetic province and the staff who serve it: how many, which cadre and specialty. */
interface LineStaffing {
  line: RosterLineInput;
  staff: number;
  cadre: Cadre;
  specialtyCode?: string;
}

function line(
  id: string,
  kind: 'garde' | 'astreinte',
  establishmentIds: string[],
  cadre: Cadre,
  specialtyCode?: string,
): RosterLineInput {
  return {
    id,
    name: `${id} (${kind})`,
    kind,
    establishmentIds,
    requiredQualification: { cadres: [cadre], specialtyCodes: specialtyCode ? [specialtyCode] : [] },
  };
}

/** Twelve lines of a province with a provincial hospital (chp) and two local hospitals, two of them pooled. */
const staffing: LineStaffing[] = [
  { line: line('chp-emergency', 'garde', ['chp'], 'general_practitioner'), staff: 14, cadre: 'general_practitioner' },
  {
    line: line('north-emergency', 'garde', ['hp-north'], 'general_practitioner'),
    staff: 11,
    cadre: 'general_practitioner',
  },
  {
    line: line('south-emergency', 'garde', ['hp-south'], 'general_practitioner'),
    staff: 11,
    cadre: 'general_practitioner',
  },
  {
    line: {
      ...line('chp-maternity', 'garde', ['chp'], 'midwife'),
      shiftPattern: { weekday: nights, weekend: dayAndNight },
    },
    staff: 16,
    cadre: 'midwife',
  },
  { line: line('pooled-maternity', 'garde', ['hp-north', 'hp-south'], 'midwife'), staff: 14, cadre: 'midwife' },
  {
    line: {
      ...line('chp-nursing', 'garde', ['chp'], 'polyvalent_nurse'),
      shiftPattern: { weekday: nights, weekend: dayAndNight },
    },
    staff: 40,
    cadre: 'polyvalent_nurse',
  },
  {
    line: line('chp-surgery', 'astreinte', ['chp'], 'specialist', 'general_surgery'),
    staff: 8,
    cadre: 'specialist',
    specialtyCode: 'general_surgery',
  },
  {
    line: line('chp-paediatrics', 'astreinte', ['chp'], 'specialist', 'paediatrics'),
    staff: 7,
    cadre: 'specialist',
    specialtyCode: 'paediatrics',
  },
  {
    line: line('chp-gynaecology', 'astreinte', ['chp'], 'specialist', 'gynaecology_obstetrics'),
    staff: 7,
    cadre: 'specialist',
    specialtyCode: 'gynaecology_obstetrics',
  },
  {
    line: line('pooled-anaesthesia', 'astreinte', ['chp', 'hp-north'], 'specialist', 'anaesthesia_icu'),
    staff: 8,
    cadre: 'specialist',
    specialtyCode: 'anaesthesia_icu',
  },
  {
    line: line('chp-internal-medicine', 'astreinte', ['chp'], 'specialist', 'internal_medicine'),
    staff: 6,
    cadre: 'specialist',
    specialtyCode: 'internal_medicine',
  },
  { line: line('chp-laboratory', 'astreinte', ['chp'], 'health_technician'), staff: 12, cadre: 'health_technician' },
];

/** Staff with no line (administration, day services) complete the province's 200. */
const TOTAL_STAFF = 200;

function leaveFor(random: () => number, month: string): RosterCandidateInput['unavailability'] {
  if (random() >= 0.15) {
    return [];
  }
  const days = daysOfMonth(month);
  const first = days[Math.floor(random() * days.length)] ?? `${month}-01`;
  const last = addDays(first, 7 + Math.floor(random() * 8));
  return [
    {
      startsAt: moroccoInstant(first, '00:00').toISOString(),
      endsAt: moroccoInstant(last, '00:00').toISOString(),
      reason: 'leave',
    },
  ];
}

function candidatesFor(random: () => number, month: string): RosterCandidateInput[] {
  const candidates = staffing.flatMap((entry) =>
    Array.from({ length: entry.staff }, (_, index): RosterCandidateInput => {
      const lineId = entry.line.id;
      // A few emergency doctors of the CHP also cover the northern local hospital (a multi-establishment assignment).
      const extra = lineId === 'chp-emergency' && index < 4 ? ['north-emergency'] : [];
      return {
        staffId: `${lineId}-${index + 1}`,
        name: `${entry.cadre} ${lineId} ${index + 1}`,
        cadre: entry.cadre,
        specialtyCodes: entry.specialtyCode ? [entry.specialtyCode] : [],
        lineIds: [lineId, ...extra],
        unavailability: leaveFor(random, month),
        targetShare: random() < 0.1 ? 0.5 : 1,
      };
    }),
  );
  const others = Array.from({ length: Math.max(0, TOTAL_STAFF - candidates.length) }, (_, index) => ({
    staffId: `office-${index + 1}`,
    name: `administrative ${index + 1}`,
    cadre: 'administrative' as const,
  }));
  return [...candidates, ...others];
}

/**
 * A synthetic province for tests and the `bench:hr` benchmark (issue #5): 200 staff, 12 garde and astreinte lines of
 * three hospitals (two lines pooled), one month of shifts (weekday nights, weekend and holiday 24 h or day + night),
 * 15 % of staff on leave for a week or two, 10 % half time. Same seed, same problem.
 */
export function buildSyntheticProvinceRoster(
  options: { seed?: number; month?: string; holidays?: string[] } = {},
): RosterProblem {
  const { seed = 1, month = '2026-11', holidays = ['2026-11-06', '2026-11-18'] } = options;
  const random = seededRandom(seed);
  const lines = staffing.map((entry) => entry.line);
  const parsedLines = parse(rosterProblemSchema.shape.lines, lines);
  return parse(rosterProblemSchema, {
    month,
    lines,
    shifts: generateRosterShifts(parsedLines, { month, holidays }),
    candidates: candidatesFor(random, month),
  });
}
