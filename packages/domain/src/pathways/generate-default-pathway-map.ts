import { establishmentRank } from '../establishments/establishment-types';
import { greatCircleDistanceKm } from './great-circle-distance';
import type { PathwayEstablishment, PathwayOriginRow } from './pathway-map';

/** Delays of a generated row, to be edited: a routine referral within a month, urgent in 3 days, emergency in 6 h. */
export const defaultPathwayDelays = { maxDelayRoutineDays: 30, maxDelayUrgentDays: 3, maxDelayEmergencyHours: 6 };

/** A generated row proposes this many destinations at most (the nearest first). */
export const defaultPathwayDestinationCount = 3;

export const pathwayRankOf = (establishment: Pick<PathwayEstablishment, 'type' | 'level'>): number =>
  establishmentRank(establishment.type, establishment.level);

/**
 * Public establishments only: private clinics (CPC) take referrals under a convention, which the GST adds by hand,
 * never by default.
 */
const isPublicAndActive = (establishment: PathwayEstablishment) =>
  establishment.status === 'active' && establishment.type !== 'CPC';

/**
 * The default map of a specialty (pure): every active public establishment gets a row pointing at the nearest active
 * public establishments of a higher rank (establishmentRank) that offer the specialty, by great-circle distance,
 * 1 to 3 of them. Hospitals too get a row up the pyramid; an establishment with no such destination (the top of the
 * pyramid) gets none. The patient is sent back to the origin.
 */
export function generateDefaultPathwayMap(
  establishments: readonly PathwayEstablishment[],
  specialtyCode: string,
): PathwayOriginRow[] {
  const candidates = establishments.filter(
    (establishment) => isPublicAndActive(establishment) && establishment.specialtyCodes.includes(specialtyCode),
  );
  const rows: PathwayOriginRow[] = [];
  for (const origin of establishments.filter(isPublicAndActive)) {
    const rank = pathwayRankOf(origin);
    const destinationIds = candidates
      .filter((candidate) => candidate.id !== origin.id && pathwayRankOf(candidate) > rank)
      .map((candidate) => ({ id: candidate.id, distance: greatCircleDistanceKm(origin, candidate) }))
      .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
      .slice(0, defaultPathwayDestinationCount)
      .map((candidate) => candidate.id);
    if (destinationIds.length > 0) {
      rows.push({
        originEstablishmentId: origin.id,
        ...defaultPathwayDelays,
        teleexpertiseFirst: false,
        returnEstablishmentId: origin.id,
        destinationIds,
      });
    }
  }
  return rows;
}
