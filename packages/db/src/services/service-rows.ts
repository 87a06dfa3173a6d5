import { sql } from 'drizzle-orm';
import type {
  BedAvailability,
  ConsultationClosure,
  ConsultationMode,
  ConsultationSchedule,
  DirectoryEntry,
  EstablishmentType,
  ServiceEstablishment,
} from '@tansiq/domain';
import { asText, asTextOrNull, toIso } from '../lib/rows';

/** Columns of a service row: establishment, registry beds, entry (left join `d`) and beds (left join `b`, `bu`). */
export const serviceColumns = sql`e.id as establishment_id, e.code, e.name_fr, e.name_ar, e.type, e.province_code,
  s.gst_id, s.specialty_code, s.beds as registry_beds,
  d.accepts_referrals, d.criteria, d.notes, d.direct_booking, d.offers_teleexpertise, d.offers_teleconsultation,
  d.head_user_id, d.version as entry_version, d.updated_at as entry_updated_at,
  b.beds_available, b.updated_at as beds_updated_at, b.updated_by as beds_updated_by,
  bu.display_name as beds_updated_by_name`;

/** Registry services (`s`) of hospitals (`e`) with their directory entry and beds, if any. */
export const serviceJoins = sql`from establishment_services s
  join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
  left join service_directory_entries d
    on d.gst_id = s.gst_id and d.establishment_id = s.establishment_id and d.specialty_code = s.specialty_code
  left join bed_availability b
    on b.gst_id = s.gst_id and b.establishment_id = s.establishment_id and b.specialty_code = s.specialty_code
  left join users bu on bu.id = b.updated_by`;

export const toServiceEstablishment = (row: Record<string, unknown>): ServiceEstablishment => ({
  id: asText(row.establishment_id),
  code: asText(row.code),
  nameFr: asText(row.name_fr),
  nameAr: asTextOrNull(row.name_ar),
  type: asText(row.type) as EstablishmentType,
  provinceCode: asText(row.province_code),
});

/** The entry of a service row; a service that has not filled one gets the defaults of the table, at version 0. */
export const toDirectoryEntry = (row: Record<string, unknown>): DirectoryEntry => ({
  gstId: asText(row.gst_id),
  establishmentId: asText(row.establishment_id),
  specialtyCode: asText(row.specialty_code),
  acceptsReferrals: row.entry_version == null ? true : Boolean(row.accepts_referrals),
  criteria: asTextOrNull(row.criteria),
  notes: asTextOrNull(row.notes),
  directBooking: Boolean(row.direct_booking),
  offersTeleexpertise: Boolean(row.offers_teleexpertise),
  offersTeleconsultation: Boolean(row.offers_teleconsultation),
  headUserId: asTextOrNull(row.head_user_id),
  version: row.entry_version == null ? 0 : Number(row.entry_version),
  updatedAt: row.entry_updated_at == null ? null : toIso(row.entry_updated_at as Date),
});

export const toBedAvailability = (row: Record<string, unknown>): BedAvailability | null =>
  row.beds_available == null
    ? null
    : {
        bedsAvailable: Number(row.beds_available),
        updatedAt: toIso(row.beds_updated_at as Date),
        updatedBy:
          row.beds_updated_by == null
            ? null
            : { id: asText(row.beds_updated_by), displayName: asText(row.beds_updated_by_name) },
      };

export const scheduleColumns = sql`id, gst_id, establishment_id, specialty_code, weekday,
  to_char(start_time, 'HH24:MI') as start_time, to_char(end_time, 'HH24:MI') as end_time, slot_count, mode,
  valid_from::text as valid_from, valid_to::text as valid_to`;

export const toSchedule = (row: Record<string, unknown>): ConsultationSchedule => ({
  id: asText(row.id),
  gstId: asText(row.gst_id),
  establishmentId: asText(row.establishment_id),
  specialtyCode: asText(row.specialty_code),
  weekday: Number(row.weekday),
  startTime: asText(row.start_time),
  endTime: asText(row.end_time),
  slotCount: Number(row.slot_count),
  mode: asText(row.mode) as ConsultationMode,
  validFrom: asText(row.valid_from),
  validTo: asTextOrNull(row.valid_to),
});

export const closureColumns = sql`id, gst_id, establishment_id, specialty_code, schedule_id,
  from_date::text as from_date, to_date::text as to_date, reason`;

export const toClosure = (row: Record<string, unknown>): ConsultationClosure => ({
  id: asText(row.id),
  gstId: asText(row.gst_id),
  establishmentId: asText(row.establishment_id),
  specialtyCode: asText(row.specialty_code),
  scheduleId: asTextOrNull(row.schedule_id),
  fromDate: asText(row.from_date),
  toDate: asText(row.to_date),
  reason: asText(row.reason),
});
