import { z } from 'zod';
import { cadreSchema } from '../staff/cadres';

/** A garde is on-site duty outside normal hours; an astreinte is on-call from home (issue #5 §6). */
export const rosterLineKinds = ['garde', 'astreinte'] as const;
export type RosterLineKind = (typeof rosterLineKinds)[number];

/** The kind of day a shift starts on: weekend and holiday shifts weigh more in the fairness goal. */
export const rosterDayTypes = ['weekday', 'weekend', 'holiday'] as const;
export type RosterDayType = (typeof rosterDayTypes)[number];

/** Why a staff member cannot take a shift during an interval. `rest` carries last month's rest after a garde. */
export const unavailabilityReasons = ['leave', 'absence', 'training', 'other_assignment', 'rest'] as const;
export type UnavailabilityReason = (typeof unavailabilityReasons)[number];

const idSchema = z.string().min(1);
const instantSchema = z.iso.datetime({ offset: true });
const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time HH:mm');

/** Who may serve a line: any of `cadres` (empty: any cadre) and any of `specialtyCodes` (empty: no specialty needed). */
export const rosterQualificationSchema = z.object({
  cadres: z.array(cadreSchema).default([]),
  specialtyCodes: z.array(idSchema).default([]),
});
export type RosterQualification = z.output<typeof rosterQualificationSchema>;

/** Start and end of a shift on Morocco's wall clock; an end at or before the start falls on the next day. */
export const shiftTimesSchema = z.object({ start: clockTimeSchema, end: clockTimeSchema });
export type ShiftTimes = z.output<typeof shiftTimesSchema>;

/**
 * The shifts of a line on each kind of day: by default a night garde 18:00→08:00 on weekdays and 24 h 08:00→08:00 on
 * weekends; holidays follow the weekend pattern unless set.
 */
export const shiftPatternSchema = z.object({
  weekday: z.array(shiftTimesSchema).default([{ start: '18:00', end: '08:00' }]),
  weekend: z.array(shiftTimesSchema).default([{ start: '08:00', end: '08:00' }]),
  holiday: z.array(shiftTimesSchema).optional(),
});
export type ShiftPattern = z.output<typeof shiftPatternSchema>;

/** A roster line: one garde or astreinte of one service, or pooled across several establishments. */
export const rosterLineSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(rosterLineKinds),
  establishmentIds: z.array(idSchema).min(1),
  requiredQualification: rosterQualificationSchema.prefault({}),
  shiftPattern: shiftPatternSchema.prefault({}),
});
export type RosterLine = z.output<typeof rosterLineSchema>;
export type RosterLineInput = z.input<typeof rosterLineSchema>;

/** A line is pooled when it serves more than one establishment (e.g. one anaesthesia astreinte for two hospitals). */
export const isPooledLine = (line: Pick<RosterLine, 'establishmentIds'>): boolean =>
  new Set(line.establishmentIds).size > 1;

/** One shift to fill with one staff member; `day` is the ISO date the shift belongs to. */
export const rosterShiftSchema = z
  .object({
    id: idSchema,
    lineId: idSchema,
    day: z.iso.date(),
    dayType: z.enum(rosterDayTypes),
    startsAt: instantSchema,
    endsAt: instantSchema,
  })
  .refine((shift) => Date.parse(shift.endsAt) > Date.parse(shift.startsAt), {
    message: 'A shift must end after it starts',
    path: ['endsAt'],
  });
export type RosterShift = z.output<typeof rosterShiftSchema>;

/** An interval during which a staff member cannot take any shift. */
export const unavailabilitySchema = z
  .object({ startsAt: instantSchema, endsAt: instantSchema, reason: z.enum(unavailabilityReasons) })
  .refine((interval) => Date.parse(interval.endsAt) > Date.parse(interval.startsAt), {
    message: 'An unavailability must end after it starts',
    path: ['endsAt'],
  });
export type Unavailability = z.output<typeof unavailabilitySchema>;

/**
 * A staff member who may be put on the roster: qualifications, the lines they may serve, when they cannot, and their
 * target share of the load (1 full time, 0.5 half time). The monthly maxima override the rules' for this person.
 */
export const rosterCandidateSchema = z.object({
  staffId: idSchema,
  name: z.string().min(1),
  cadre: cadreSchema,
  specialtyCodes: z.array(idSchema).default([]),
  lineIds: z.array(idSchema).default([]),
  unavailability: z.array(unavailabilitySchema).default([]),
  targetShare: z.number().gt(0).max(1).default(1),
  maxGardesPerMonth: z.number().int().min(0).optional(),
  maxAstreintesPerMonth: z.number().int().min(0).optional(),
});
export type RosterCandidate = z.output<typeof rosterCandidateSchema>;
export type RosterCandidateInput = z.input<typeof rosterCandidateSchema>;

/**
 * The configurable hard rules. Qualification, allowed lines, unavailability and no overlap always apply. Defaults are
 * placeholders until the GST sets its own (to confirm with the GST's HR department).
 */
export const rosterRulesSchema = z.object({
  minRestAfterGardeHours: z.number().min(0).max(72).default(24),
  minRestAfterAstreinteHours: z.number().min(0).max(72).default(0),
  maxGardesPerMonth: z.number().int().min(0).default(8),
  maxAstreintesPerMonth: z.number().int().min(0).default(10),
});
export type RosterRules = z.output<typeof rosterRulesSchema>;
export type RosterRulesInput = z.input<typeof rosterRulesSchema>;

/**
 * The soft goals: a shift weighs `dayTypeWeights[dayType] × kindWeights[kind]`; the optimiser balances weighted load
 * and, with `countWeight`, the number of shifts, each in proportion to the staff member's target share.
 */
export const rosterGoalsSchema = z.object({
  dayTypeWeights: z
    .object({
      weekday: z.number().positive().default(1),
      weekend: z.number().positive().default(1.5),
      holiday: z.number().positive().default(2),
    })
    .prefault({}),
  kindWeights: z
    .object({ garde: z.number().positive().default(1), astreinte: z.number().positive().default(0.5) })
    .prefault({}),
  countWeight: z.number().min(0).default(1),
});
export type RosterGoals = z.output<typeof rosterGoalsSchema>;

/** One staff member holding one shift. */
export const rosterAssignmentSchema = z.object({ shiftId: idSchema, staffId: idSchema });
export type RosterAssignment = z.output<typeof rosterAssignmentSchema>;

/** A roster as sent by a client (a manual edit sends the whole month's assignments). */
export const rosterAssignmentsSchema = z.array(rosterAssignmentSchema);

/**
 * One month's roster problem: lines, the shifts to fill, the candidates, hard rules and soft goals. Ids must be unique,
 * shifts must belong to known lines and fall in the month, and candidates may only name known lines.
 */
export const rosterProblemSchema = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month YYYY-MM'),
    lines: z.array(rosterLineSchema),
    shifts: z.array(rosterShiftSchema),
    candidates: z.array(rosterCandidateSchema),
    rules: rosterRulesSchema.prefault({}),
    goals: rosterGoalsSchema.prefault({}),
  })
  .superRefine((problem, context) => {
    const lineIds = new Set(problem.lines.map((line) => line.id));
    const report = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    reportDuplicates(
      problem.lines.map((line) => line.id),
      'lines',
      report,
    );
    reportDuplicates(
      problem.shifts.map((shift) => shift.id),
      'shifts',
      report,
    );
    reportDuplicates(
      problem.candidates.map((candidate) => candidate.staffId),
      'candidates',
      report,
    );
    problem.shifts.forEach((shift, index) => {
      if (!lineIds.has(shift.lineId)) {
        report(['shifts', index, 'lineId'], `Unknown line ${shift.lineId}`);
      }
      if (!shift.day.startsWith(`${problem.month}-`)) {
        report(['shifts', index, 'day'], `The shift is not in ${problem.month}`);
      }
    });
    problem.candidates.forEach((candidate, index) => {
      candidate.lineIds.forEach((lineId, lineIndex) => {
        if (!lineIds.has(lineId)) {
          report(['candidates', index, 'lineIds', lineIndex], `Unknown line ${lineId}`);
        }
      });
    });
  });
export type RosterProblem = z.output<typeof rosterProblemSchema>;
export type RosterProblemInput = z.input<typeof rosterProblemSchema>;

function reportDuplicates(
  ids: readonly string[],
  collection: string,
  report: (path: (string | number)[], message: string) => void,
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      report([collection, index], `Duplicate id ${id}`);
    }
    seen.add(id);
  });
}
