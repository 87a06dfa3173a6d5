import { todayInMorocco, type MobilityImpact, type MobilitySubject, type StaffCountChange } from '@tansiq/domain';
import { listStaffDutiesBetween, type Executor, type MobilityStaffSchedule } from '@tansiq/db';
import { wisnForStaffCounts } from '../wisn';

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
 * WISN before and after a mobility at both ends, with this year's workload (annualised) and the standards in force;
 * null when neither end has a standard for the person's cadre.
 */
export const mobilityWisnChanges: WisnChanges = (executor, gstId, changes) =>
  wisnForStaffCounts(executor, gstId, changes, Number(todayInMorocco().slice(0, 4)));

/**
 * The on-call lines whose rosters the mobility touches: the person's shifts (draft or published rosters) in its
 * period, per line with the days on duty, which someone else will have to take.
 */
export const mobilityOnCallLines: OnCallLines = (executor, schedule, subject) =>
  listStaffDutiesBetween(executor, schedule.gstId, schedule.id, subject.startsOn, subject.endsOn);
