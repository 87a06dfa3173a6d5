import { parse } from '../lib/parse';
import {
  rosterProblemSchema,
  type RosterCandidateInput,
  type RosterDayType,
  type RosterLineInput,
  type RosterProblem,
  type RosterProblemInput,
  type RosterShift,
} from './roster-problem';

/** Test builders for small roster problems in November 2026 (Morocco is at UTC+1 then). */

/** A garde line of the provincial hospital that any doctor may serve. */
export const testGardeLine = (id: string, overrides: Partial<RosterLineInput> = {}): RosterLineInput => ({
  id,
  name: `Garde ${id}`,
  kind: 'garde',
  establishmentIds: ['chp'],
  requiredQualification: { cadres: ['general_practitioner', 'specialist'] },
  ...overrides,
});

/** An anaesthesia astreinte pooled across the provincial hospital and a local hospital. */
export const testAstreinteLine = (id: string, overrides: Partial<RosterLineInput> = {}): RosterLineInput => ({
  id,
  name: `Astreinte ${id}`,
  kind: 'astreinte',
  establishmentIds: ['chp', 'hp'],
  requiredQualification: { cadres: ['specialist'], specialtyCodes: ['anaesthesia_icu'] },
  ...overrides,
});

/** A shift starting at a UTC instant and lasting some hours; its day is the UTC date of the start. */
export function testShift(
  id: string,
  lineId: string,
  startsAt: string,
  hours: number,
  dayType: RosterDayType = 'weekday',
): RosterShift {
  const start = new Date(startsAt);
  return {
    id,
    lineId,
    day: startsAt.slice(0, 10),
    dayType,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + hours * 3_600_000).toISOString(),
  };
}

/** A general practitioner allowed on the given lines. */
export const testCandidate = (
  staffId: string,
  lineIds: string[],
  overrides: Partial<RosterCandidateInput> = {},
): RosterCandidateInput => ({ staffId, name: `Dr ${staffId}`, cadre: 'general_practitioner', lineIds, ...overrides });

/** An anaesthetist allowed on the given lines. */
export const testAnaesthetist = (staffId: string, lineIds: string[]): RosterCandidateInput =>
  testCandidate(staffId, lineIds, { cadre: 'specialist', specialtyCodes: ['anaesthesia_icu'] });

/** Parses a test problem for November 2026. */
export const buildTestProblem = (input: Omit<RosterProblemInput, 'month'>): RosterProblem =>
  parse(rosterProblemSchema, { month: '2026-11', ...input });
