import { z } from 'zod';
import { establishmentTypes, type EstablishmentType } from '../establishments/establishment-types';
import { specialtyCodes } from '../establishments/specialties';

/**
 * The directory of services (issue #4 §2): what each hospital service receives referrals for, its consultation
 * sessions (a recurring weekly schedule with slots, closures) and its beds available, as the service last said.
 */

/** The establishments whose services are listed in the directory: the public hospitals, which receive referrals. */
export const directoryEstablishmentTypes = [
  'HP',
  'CHP',
  'CHR',
  'CHU',
  'HS',
] as const satisfies readonly EstablishmentType[];

export const consultationModes = ['in_person', 'teleconsultation'] as const;
export type ConsultationMode = (typeof consultationModes)[number];

const specialtyCodeSchema = z.enum(specialtyCodes as [string, ...string[]]);
const isoDateSchema = z.iso.date();
/** A wall-clock time of day in Morocco, HH:MM (24 h). */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is HH:MM, e.g. 08:30');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);

/** Creates or updates the directory entry of a service; `version` 0 creates it, otherwise it must be the current one. */
export const updateDirectoryEntryInputSchema = z.strictObject({
  acceptsReferrals: z.boolean(),
  criteria: optionalText(2000),
  notes: optionalText(2000),
  directBooking: z.boolean(),
  offersTeleexpertise: z.boolean(),
  offersTeleconsultation: z.boolean(),
  headUserId: z.uuid().nullable().default(null),
  version: z.number().int().min(0),
});
export type UpdateDirectoryEntryInput = z.infer<typeof updateDirectoryEntryInputSchema>;

/** A directory entry as stored; `version` 0 means the service has not filled its entry yet (defaults shown). */
export const directoryEntrySchema = z.object({
  gstId: z.uuid(),
  establishmentId: z.uuid(),
  specialtyCode: z.string(),
  acceptsReferrals: z.boolean(),
  criteria: z.string().nullable(),
  notes: z.string().nullable(),
  directBooking: z.boolean(),
  offersTeleexpertise: z.boolean(),
  offersTeleconsultation: z.boolean(),
  headUserId: z.uuid().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

const scheduleFields = {
  weekday: z.number().int().min(1).max(7),
  startTime: timeOfDaySchema,
  endTime: timeOfDaySchema,
  slotCount: z.number().int().min(1).max(200),
  mode: z.enum(consultationModes).default('in_person'),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable().default(null),
};

function checkSchedule(
  value: { startTime: string; endTime: string; validFrom: string; validTo: string | null },
  context: z.RefinementCtx,
) {
  if (value.endTime <= value.startTime) {
    context.addIssue({ code: 'custom', path: ['endTime'], message: 'The end is not after the start' });
  }
  if (value.validTo !== null && value.validTo < value.validFrom) {
    context.addIssue({ code: 'custom', path: ['validTo'], message: 'The end of validity is before its start' });
  }
}

/** A recurring weekly session of a service (weekday: ISO, 1 = Monday … 7 = Sunday). */
export const createScheduleInputSchema = z
  .strictObject({ establishmentId: z.uuid(), specialtyCode: specialtyCodeSchema, ...scheduleFields })
  .superRefine(checkSchedule);
export type CreateScheduleInput = z.infer<typeof createScheduleInputSchema>;

export const updateScheduleInputSchema = z.strictObject(scheduleFields).superRefine(checkSchedule);
export type UpdateScheduleInput = z.infer<typeof updateScheduleInputSchema>;

export const consultationScheduleSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  establishmentId: z.uuid(),
  specialtyCode: z.string(),
  weekday: z.number().int(),
  startTime: z.string(),
  endTime: z.string(),
  slotCount: z.number().int(),
  mode: z.enum(consultationModes),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type ConsultationSchedule = z.infer<typeof consultationScheduleSchema>;

/** Days a service (or one schedule, when `scheduleId` is set) does not hold its sessions. */
export const createClosureInputSchema = z
  .strictObject({
    establishmentId: z.uuid(),
    specialtyCode: specialtyCodeSchema,
    scheduleId: z.uuid().nullable().default(null),
    fromDate: isoDateSchema,
    toDate: isoDateSchema,
    reason: z.string().trim().min(2).max(300),
  })
  .superRefine((value, context) => {
    if (value.toDate < value.fromDate) {
      context.addIssue({ code: 'custom', path: ['toDate'], message: 'The last day is before the first' });
    }
  });
export type CreateClosureInput = z.infer<typeof createClosureInputSchema>;

export const consultationClosureSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  establishmentId: z.uuid(),
  specialtyCode: z.string(),
  scheduleId: z.uuid().nullable(),
  fromDate: z.string(),
  toDate: z.string(),
  reason: z.string(),
});
export type ConsultationClosure = z.infer<typeof consultationClosureSchema>;

/** The beds a service has available now (a count the service sets; the time of the update is kept). */
export const updateBedsInputSchema = z.strictObject({ bedsAvailable: z.number().int().min(0).max(5000) });
export type UpdateBedsInput = z.infer<typeof updateBedsInputSchema>;

export const bedAvailabilitySchema = z.object({
  bedsAvailable: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
});
export type BedAvailability = z.infer<typeof bedAvailabilitySchema>;

/** A GST public holiday (no consultation session, no working day for the referral timers). */
export const gstHolidaySchema = z.object({ day: isoDateSchema, name: z.string().trim().min(2).max(120) });
export type GstHoliday = z.infer<typeof gstHolidaySchema>;

/** Replaces the GST's holidays of the years the list covers (`years`): other years are kept. */
export const replaceGstHolidaysInputSchema = z
  .strictObject({
    years: z.array(z.number().int().min(2000).max(2100)).min(1).max(5),
    holidays: z.array(gstHolidaySchema).max(200),
  })
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.holidays.forEach((holiday, index) => {
      if (!value.years.includes(Number(holiday.day.slice(0, 4)))) {
        context.addIssue({ code: 'custom', path: ['holidays', index, 'day'], message: 'This day is not in the years' });
      }
      if (seen.has(holiday.day)) {
        context.addIssue({ code: 'custom', path: ['holidays', index, 'day'], message: 'This day is listed twice' });
      }
      seen.add(holiday.day);
    });
  });
export type ReplaceGstHolidaysInput = z.infer<typeof replaceGstHolidaysInputSchema>;

export const serviceEstablishmentSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: z.enum(establishmentTypes),
  provinceCode: z.string(),
});
export type ServiceEstablishment = z.infer<typeof serviceEstablishmentSchema>;

/** A slot of a consultation session; (scheduleId, sessionDate, slotIndex) is what an appointment books. */
export const consultationSlotSchema = z.object({
  scheduleId: z.uuid(),
  sessionDate: z.string(),
  slotIndex: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(consultationModes),
});
export type ConsultationSlotView = z.infer<typeof consultationSlotSchema>;
