import { z } from 'zod';
import { referralUrgencies, type ReferralUrgency } from './referral-state-machine';
import { addWorkingDays, type WorkingCalendar } from './working-calendar';

/**
 * Referral timers (issue #4 §3): time to accept (from sending), to give an appointment (from acceptance) and to send
 * the counter-referral (from attendance). Configurable per GST, urgency and specialty; routine and urgent referrals
 * count working days of the GST's calendar, emergencies count hours.
 */
export const referralTimers = ['accept', 'appointment', 'counter_referral'] as const;
export type ReferralTimer = (typeof referralTimers)[number];

export const timerUnits = ['working_days', 'hours'] as const;
export type TimerUnit = (typeof timerUnits)[number];

export const referralTimerSettingInputSchema = z
  .object({
    urgency: z.enum(referralUrgencies),
    specialtyCode: z.string().min(1).max(64).nullable(),
    acceptWithin: z.number().int().min(1).max(365),
    appointmentWithin: z.number().int().min(1).max(365),
    counterReferralWithin: z.number().int().min(1).max(365),
    unit: z.enum(timerUnits),
  })
  .strict();
export type ReferralTimerSettingInput = z.infer<typeof referralTimerSettingInputSchema>;

/** The GST defaults before it sets its own (to adjust by each GST; the décret sets no delays). */
export const defaultReferralTimerSettings: readonly ReferralTimerSettingInput[] = [
  {
    urgency: 'routine',
    specialtyCode: null,
    acceptWithin: 3,
    appointmentWithin: 5,
    counterReferralWithin: 5,
    unit: 'working_days',
  },
  {
    urgency: 'urgent',
    specialtyCode: null,
    acceptWithin: 1,
    appointmentWithin: 2,
    counterReferralWithin: 3,
    unit: 'working_days',
  },
  {
    urgency: 'emergency',
    specialtyCode: null,
    acceptWithin: 1,
    appointmentWithin: 6,
    counterReferralWithin: 48,
    unit: 'hours',
  },
];

/** The setting that applies: the specialty's own for the urgency, else the GST default for the urgency. */
export function pickTimerSetting(
  settings: readonly ReferralTimerSettingInput[],
  urgency: ReferralUrgency,
  specialtyCode: string,
): ReferralTimerSettingInput {
  const own = settings.find((setting) => setting.urgency === urgency && setting.specialtyCode === specialtyCode);
  const fallback =
    settings.find((setting) => setting.urgency === urgency && setting.specialtyCode === null) ??
    defaultReferralTimerSettings.find((setting) => setting.urgency === urgency);
  const picked = own ?? fallback;
  if (!picked) {
    throw new Error(`No timer setting for urgency ${urgency}`);
  }
  return picked;
}

const amountOf = (setting: ReferralTimerSettingInput, timer: ReferralTimer): number =>
  timer === 'accept'
    ? setting.acceptWithin
    : timer === 'appointment'
      ? setting.appointmentWithin
      : setting.counterReferralWithin;

/** When a timer started at `start` falls due. */
export function timerDueAt(
  setting: ReferralTimerSettingInput,
  timer: ReferralTimer,
  start: Date,
  calendar: WorkingCalendar,
): Date {
  const amount = amountOf(setting, timer);
  return setting.unit === 'hours'
    ? new Date(start.getTime() + amount * 3_600_000)
    : addWorkingDays(calendar, start, amount);
}

/** Where a timer stands: not started, running, met in time, breached (still running), or met late. */
export const timerStates = ['not_started', 'running', 'met', 'breached', 'met_late'] as const;
export type TimerState = (typeof timerStates)[number];

/** A timer's state from its due date and the instant its step was done (if it was). */
export function timerState(dueAt: Date | null, doneAt: Date | null, now: Date): TimerState {
  if (!dueAt) {
    return 'not_started';
  }
  if (doneAt) {
    return doneAt.getTime() <= dueAt.getTime() ? 'met' : 'met_late';
  }
  return now.getTime() > dueAt.getTime() ? 'breached' : 'running';
}
