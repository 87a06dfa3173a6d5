import type { MobilityImpact, MobilitySubject, StaffCountChange } from '@tansiq/domain';
import type { Executor, MobilityStaffSchedule } from '@tansiq/db';

/**
 * WISN ratios before and after a mobility at both ends. The WISN tables are built by the WISN slice: until they are
 * wired here (at merge), no standards are available and the impact shows none (null).
 */
export async function mobilityWisnChanges(
  _executor: Executor,
  _gstId: string,
  _changes: readonly StaffCountChange[],
): Promise<MobilityImpact['wisn']> {
  return Promise.resolve(null);
}

/**
 * The on-call lines whose rosters the mobility touches (the person's duties in its period). The rosters are built by
 * the rosters slice: until they are wired here (at merge), there are none.
 */
export async function mobilityOnCallLines(
  _executor: Executor,
  _schedule: MobilityStaffSchedule,
  _subject: MobilitySubject,
): Promise<MobilityImpact['onCallLines']> {
  return Promise.resolve([]);
}
