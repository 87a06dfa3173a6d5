import type { RosterCandidate, RosterLine } from './roster-problem';

/** Whether a candidate has the line's required qualification: one of its cadres and one of its specialties, if set. */
export function isQualifiedForLine(
  candidate: Pick<RosterCandidate, 'cadre' | 'specialtyCodes'>,
  line: Pick<RosterLine, 'requiredQualification'>,
): boolean {
  const { cadres, specialtyCodes } = line.requiredQualification;
  const cadreOk = cadres.length === 0 || cadres.includes(candidate.cadre);
  const specialtyOk =
    specialtyCodes.length === 0 || specialtyCodes.some((code) => candidate.specialtyCodes.includes(code));
  return cadreOk && specialtyOk;
}
