import { z } from 'zod';
import { pagedQuerySchema } from './paged-query';
import {
  bedAvailabilitySchema,
  consultationClosureSchema,
  consultationModes,
  consultationScheduleSchema,
  consultationSlotSchema,
  directoryEntrySchema,
  serviceEstablishmentSchema,
} from './service-directory';

/** Filters of the directory of services of a GST. */
export const listServiceDirectoryQuerySchema = pagedQuerySchema.extend({
  gstId: z.uuid(),
  specialtyCode: z.string().max(60).optional(),
  establishmentId: z.uuid().optional(),
  provinceCode: z.string().max(20).optional(),
  q: z.string().trim().max(100).optional(),
});
export type ListServiceDirectoryQuery = z.infer<typeof listServiceDirectoryQuerySchema>;

/** One line of the directory: a hospital service of the registry with its entry, beds and next free slot. */
export const serviceDirectoryItemSchema = z.object({
  establishment: serviceEstablishmentSchema,
  specialtyCode: z.string(),
  registryBeds: z.number().int(),
  entry: directoryEntrySchema,
  beds: bedAvailabilitySchema.nullable(),
  weeklySessions: z.number().int(),
  nextFreeSlot: consultationSlotSchema.nullable(),
});
export type ServiceDirectoryItem = z.infer<typeof serviceDirectoryItemSchema>;

export const serviceDirectoryPageSchema = z.object({
  items: z.array(serviceDirectoryItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ServiceDirectoryPage = z.infer<typeof serviceDirectoryPageSchema>;

/** A consultation session of the coming weeks with its booked and free slot counts. */
export const upcomingSessionSchema = z.object({
  scheduleId: z.uuid(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(consultationModes),
  slotCount: z.number().int(),
  booked: z.number().int(),
});
export type UpcomingSession = z.infer<typeof upcomingSessionSchema>;

/** Everything the service page shows: the entry, the schedule, closures, beds and the next 4 weeks of sessions. */
export const serviceDetailSchema = z.object({
  establishment: serviceEstablishmentSchema,
  specialtyCode: z.string(),
  registryBeds: z.number().int(),
  entry: directoryEntrySchema,
  beds: bedAvailabilitySchema.nullable(),
  schedules: z.array(consultationScheduleSchema),
  closures: z.array(consultationClosureSchema),
  upcomingSessions: z.array(upcomingSessionSchema),
});
export type ServiceDetail = z.infer<typeof serviceDetailSchema>;

export const freeSlotsQuerySchema = z
  .strictObject({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    mode: z.enum(consultationModes).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .superRefine((value, context) => {
    if (value.from && value.to && Date.parse(value.to) <= Date.parse(value.from)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'The end is not after the start' });
    }
  });
export type FreeSlotsQuery = z.infer<typeof freeSlotsQuerySchema>;

export const slotShortageQuerySchema = z.strictObject({
  gstId: z.uuid(),
  weeks: z.coerce.number().int().min(1).max(12).default(4),
});
export type SlotShortageQuery = z.infer<typeof slotShortageQuerySchema>;

export const slotShortageWeekSchema = z.object({
  weekStart: z.string(),
  capacity: z.number().int(),
  booked: z.number().int(),
  free: z.number().int(),
  pendingPlaced: z.number().int(),
});

/** A service whose demand over the coming weeks exceeds its sessions' slots. */
export const slotShortageSchema = z.object({
  establishment: serviceEstablishmentSchema,
  specialtyCode: z.string(),
  capacity: z.number().int(),
  booked: z.number().int(),
  pending: z.number().int(),
  demand: z.number().int(),
  shortage: z.number().int(),
  weeks: z.array(slotShortageWeekSchema),
});
export type SlotShortage = z.infer<typeof slotShortageSchema>;
