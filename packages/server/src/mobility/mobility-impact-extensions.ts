import type { MobilityImpact, MobilitySubject, StaffCountChange } from '@tansiq/domain';
import type { Executor, MobilityStaffSchedule } from '@tansiq/db';

type WisnChanges = (
  executor: Executor,
  gstId: string,
  changes: readonly StaffCountChange[],
) => Promise<MobilityImpact['wisn']>;

type OnCallLines = (
  executor: Executor,
  schedule: MobilityStaffSchedule,
  subject: MobilitySubject,
) => Promise<MobilityImpact['onCallLines']>;

/**
 * WISN ratios before and after a mobility at both ends. The WISN tables are built by the WISN slice: until they are
 * wired here (at merge), no standards are available and the impact shows none (null).
 */
export const mobilityWisnChanges: WisnChanges = () => Promise.resolve(null);

/**
 * The on-call lines whose rosters the mobility touches (the person's duties in its period). The rosters are built by
 * the rosters slice: until they are wired here (at merge), there are none.
 */
export const mobilityOnCallLines: OnCallLines = () => Promise.resolve([]);
