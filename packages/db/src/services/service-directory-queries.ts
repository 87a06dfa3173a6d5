import { sql, type SQL } from 'drizzle-orm';
import {
  directoryEstablishmentTypes,
  type BedAvailability,
  type DirectoryEntry,
  type ListServiceDirectoryQuery,
  type ServiceEstablishment,
  type UpdateDirectoryEntryInput,
} from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { queryRows } from '../lib/rows';
import {
  serviceColumns,
  serviceJoins,
  toBedAvailability,
  toDirectoryEntry,
  toServiceEstablishment,
} from './service-rows';

/** A hospital service of the registry with its directory entry (defaults at version 0) and beds. */
export interface ServiceRecord {
  establishment: ServiceEstablishment;
  specialtyCode: string;
  registryBeds: number;
  establishmentStatus: string;
  entry: DirectoryEntry;
  beds: BedAvailability | null;
}

const hospitalTypes = sql.param([...directoryEstablishmentTypes]);

function toServiceRecord(row: Record<string, unknown>): ServiceRecord {
  return {
    establishment: toServiceEstablishment(row),
    specialtyCode: String(row.specialty_code),
    registryBeds: Number(row.registry_beds),
    establishmentStatus: String(row.status),
    entry: toDirectoryEntry(row),
    beds: toBedAvailability(row),
  };
}

/**
 * A hospital service (an establishment's specialty in the registry) with its entry and beds; `undefined` when the
 * establishment is not a hospital of the GST or does not offer the specialty.
 */
export async function findService(
  executor: Executor,
  gstId: string,
  establishmentId: string,
  specialtyCode: string,
): Promise<ServiceRecord | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select ${serviceColumns}, e.status ${serviceJoins}
      where s.gst_id = ${gstId} and s.establishment_id = ${establishmentId} and s.specialty_code = ${specialtyCode}
        and e.type = any(${hospitalTypes}::text[])`,
  );
  return row ? toServiceRecord(row) : undefined;
}

/**
 * The directory entry of a service (what it receives referrals for, direct booking, tele-expertise, head); the table's
 * defaults at version 0 when the service has not filled it; `undefined` when there is no such hospital service.
 */
export async function findServiceDirectoryEntry(
  executor: Executor,
  gstId: string,
  establishmentId: string,
  specialtyCode: string,
): Promise<DirectoryEntry | undefined> {
  return (await findService(executor, gstId, establishmentId, specialtyCode))?.entry;
}

function directoryFilters(gstId: string, query: ListServiceDirectoryQuery): SQL {
  const filters = [
    sql`s.gst_id = ${gstId}`,
    sql`e.type = any(${hospitalTypes}::text[])`,
    sql`e.status <> 'closed'`,
    ...(query.specialtyCode ? [sql`s.specialty_code = ${query.specialtyCode}`] : []),
    ...(query.establishmentId ? [sql`s.establishment_id = ${query.establishmentId}`] : []),
    ...(query.provinceCode ? [sql`e.province_code = ${query.provinceCode}`] : []),
    ...(query.q
      ? [
          sql`(e.name_fr ilike ${`%${query.q}%`} or e.name_ar ilike ${`%${query.q}%`} or e.code ilike ${`%${query.q}%`}
            or d.criteria ilike ${`%${query.q}%`})`,
        ]
      : []),
  ];
  return sql.join(filters, sql` and `);
}

/** One page of the directory of a GST: the services of its open hospitals, by establishment then specialty. */
export async function listServiceDirectory(
  executor: Executor,
  gstId: string,
  query: ListServiceDirectoryQuery,
): Promise<{ items: ServiceRecord[]; total: number }> {
  const where = directoryFilters(gstId, query);
  const [count] = await queryRows(executor, sql`select count(*)::int as total ${serviceJoins} where ${where}`);
  const rows = await queryRows(
    executor,
    sql`select ${serviceColumns}, e.status ${serviceJoins} where ${where}
      order by e.name_fr, e.id, s.specialty_code
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { items: rows.map(toServiceRecord), total: Number(count?.total ?? 0) };
}

/**
 * Writes a service's directory entry: creates it when `version` is 0, otherwise updates it only at that version.
 * Returns false when the version is stale (another edit came first).
 */
export async function writeDirectoryEntry(
  tx: Tx,
  key: { gstId: string; establishmentId: string; specialtyCode: string },
  input: UpdateDirectoryEntryInput,
  updatedBy: string | null,
): Promise<boolean> {
  const values = sql`${input.acceptsReferrals}, ${input.criteria}, ${input.notes}, ${input.directBooking},
    ${input.offersTeleexpertise}, ${input.offersTeleconsultation}, ${input.headUserId}`;
  const rows =
    input.version === 0
      ? await queryRows(
          tx,
          sql`insert into service_directory_entries (gst_id, establishment_id, specialty_code, accepts_referrals,
              criteria, notes, direct_booking, offers_teleexpertise, offers_teleconsultation, head_user_id, version,
              updated_by, updated_at)
            values (${key.gstId}, ${key.establishmentId}, ${key.specialtyCode}, ${values}, 1, ${updatedBy}, now())
            on conflict do nothing returning version`,
        )
      : await queryRows(
          tx,
          sql`update service_directory_entries set accepts_referrals = ${input.acceptsReferrals},
              criteria = ${input.criteria}, notes = ${input.notes}, direct_booking = ${input.directBooking},
              offers_teleexpertise = ${input.offersTeleexpertise},
              offers_teleconsultation = ${input.offersTeleconsultation}, head_user_id = ${input.headUserId},
              version = version + 1, updated_by = ${updatedBy}, updated_at = now()
            where gst_id = ${key.gstId} and establishment_id = ${key.establishmentId}
              and specialty_code = ${key.specialtyCode} and version = ${input.version}
            returning version`,
        );
  return rows.length === 1;
}

/** Sets the beds a service has available now, stamped with who and when. */
export async function writeBedAvailability(
  tx: Tx,
  key: { gstId: string; establishmentId: string; specialtyCode: string },
  bedsAvailable: number,
  updatedBy: string | null,
  updatedAt: Date = new Date(),
): Promise<void> {
  await tx.execute(
    sql`insert into bed_availability (gst_id, establishment_id, specialty_code, beds_available, updated_by, updated_at)
      values (${key.gstId}, ${key.establishmentId}, ${key.specialtyCode}, ${bedsAvailable}, ${updatedBy},
        ${updatedAt.toISOString()})
      on conflict (gst_id, establishment_id, specialty_code) do update
        set beds_available = excluded.beds_available, updated_by = excluded.updated_by,
          updated_at = excluded.updated_at`,
  );
}
