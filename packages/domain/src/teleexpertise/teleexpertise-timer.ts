import { addWorkingDays, type WorkingCalendar } from '../referrals/working-calendar';

/**
 * The response timer of a tele-expertise request: 2 working days of the GST's calendar from the question. One constant
 * for every GST and specialty until a GST asks to set its own (the décret sets no delay; referrals' routine acceptance
 * is 3 days, and advice should come before a referral would be triaged).
 */
export const TELEEXPERTISE_RESPONSE_WORKING_DAYS = 2;

/** When the answer to a request asked at `askedAt` falls due. */
export const teleexpertiseDueAt = (askedAt: Date, calendar: WorkingCalendar): Date =>
  addWorkingDays(calendar, askedAt, TELEEXPERTISE_RESPONSE_WORKING_DAYS);

/** Whether a request is late: still open after its due date. */
export const isTeleexpertiseOverdue = (status: string, dueAt: Date, now: Date): boolean =>
  status === 'open' && now.getTime() > dueAt.getTime();
