import type {
  ConsultationSession,
  ConsultationSlot,
  ConsultationSlotView,
  ServiceDirectoryItem,
  UpcomingSession,
} from '@tansiq/domain';
import type { ServiceRecord } from '@tansiq/db';

/** A slot as the API shows it (instants in ISO). */
export const presentSlot = (slot: ConsultationSlot): ConsultationSlotView => ({
  scheduleId: slot.scheduleId,
  sessionDate: slot.sessionDate,
  slotIndex: slot.slotIndex,
  startsAt: slot.startsAt.toISOString(),
  endsAt: slot.endsAt.toISOString(),
  mode: slot.mode,
});

/** A line of the directory. */
export const presentServiceItem = (
  service: ServiceRecord,
  weeklySessions: number,
  nextFreeSlot: ConsultationSlot | undefined,
): ServiceDirectoryItem => ({
  establishment: service.establishment,
  specialtyCode: service.specialtyCode,
  registryBeds: service.registryBeds,
  entry: service.entry,
  beds: service.beds,
  weeklySessions,
  nextFreeSlot: nextFreeSlot ? presentSlot(nextFreeSlot) : null,
});

export const presentUpcomingSession = (session: ConsultationSession & { booked: number }): UpcomingSession => ({
  scheduleId: session.scheduleId,
  day: session.day,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
  mode: session.mode,
  slotCount: session.slotCount,
  booked: session.booked,
});
