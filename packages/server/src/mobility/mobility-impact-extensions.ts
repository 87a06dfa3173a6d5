import type { MobilityImpact, MobilitySubject, StaffCountChange } from '@tansiq/domain';
import { listStaffDutiesBetween, type Executor, type MobilityStaffSchedule } from '@tansiq/db';

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
 * The on-call lines whose rosters the mobility touches: the person's shifts (draft or published rosters) in its
 * period, per line with the days on duty, which someone else will have to take.
 */
export const mobilityOnCallLines: OnCallLines = (executor, schedule, subject) =>
  listStaffDutiesBetween(executor, schedule.gstId, schedule.id, subject.startsOn, subject.endsOn);
