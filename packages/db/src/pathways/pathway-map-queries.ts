import { sql } from 'drizzle-orm';
import type { PathwayEstablishment, PathwayMapSummary, PathwayOriginRow } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';

const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** The version in force of a map's specialty on `day`: published, latest effective date not after the day. */
const inForceId = (day: string) => sql`(select f.id from pathway_maps f
  where f.gst_id = m.gst_id and f.specialty_code = m.specialty_code and f.status = 'published'
    and f.effective_from <= ${day}::date
  order by f.effective_from desc, f.version desc limit 1)`;

const summarySelect = (day: string) => sql`select m.gst_id, m.id, m.specialty_code, m.version, m.revision, m.status,
    m.effective_from::text as effective_from, m.notes, m.created_at, m.published_at,
    (select count(*) from pathway_origins o where o.gst_id = m.gst_id and o.map_id = m.id)::int as origin_count,
    coalesce(m.id = ${inForceId(day)}, false) as in_force
  from pathway_maps m`;

function toSummary(row: Record<string, unknown>): PathwayMapSummary {
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    specialtyCode: asText(row.specialty_code),
    version: Number(row.version),
    revision: Number(row.revision),
    status: asText(row.status) as PathwayMapSummary['status'],
    effectiveFrom: asTextOrNull(row.effective_from),
    notes: asTextOrNull(row.notes),
    originCount: Number(row.origin_count),
    createdAt: toIso(row.created_at as Date),
    publishedAt: toIsoOrNull(row.published_at as Date | null),
    inForce: row.in_force === true,
  };
}

/** The versions of a GST's maps (of one specialty, or all), by specialty then newest first; `day` decides in force. */
export async function listPathwayMapVersions(
  executor: Executor,
  gstId: string,
  specialtyCode: string | undefined,
  day: string,
): Promise<PathwayMapSummary[]> {
  const rows = await queryRows(
    executor,
    sql`${summarySelect(day)} where m.gst_id = ${gstId}
      ${specialtyCode === undefined ? sql`` : sql`and m.specialty_code = ${specialtyCode}`}
      order by m.specialty_code, m.version desc`,
  );
  return rows.map(toSummary);
}

/** One map version by id, in any GST (the caller checks the GST), without its rows. */
export async function findPathwayMapSummary(
  executor: Executor,
  id: string,
  day: string,
): Promise<PathwayMapSummary | undefined> {
  const [row] = await queryRows(executor, sql`${summarySelect(day)} where m.id = ${id}`);
  return row ? toSummary(row) : undefined;
}

/** The id of the version in force of a specialty on `day`, if any. */
export async function findPathwayMapInForceId(
  executor: Executor,
  gstId: string,
  specialtyCode: string,
  day: string,
): Promise<string | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select m.id from pathway_maps m where m.gst_id = ${gstId} and m.specialty_code = ${specialtyCode}
      and m.status = 'published' and m.effective_from <= ${day}::date
      order by m.effective_from desc, m.version desc limit 1`,
  );
  return row ? asText(row.id) : undefined;
}

/** The next version number of a specialty's map (1 for the first). */
export async function nextPathwayMapVersion(executor: Executor, gstId: string, specialtyCode: string): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select coalesce(max(version), 0) + 1 as next from pathway_maps
      where gst_id = ${gstId} and specialty_code = ${specialtyCode}`,
  );
  return Number(row?.next ?? 1);
}

/** The origin rows of a map, destinations ranked; a missing return establishment means the origin itself. */
export async function listPathwayOriginRows(
  executor: Executor,
  gstId: string,
  mapId: string,
): Promise<PathwayOriginRow[]> {
  const rows = await queryRows(
    executor,
    sql`select o.origin_establishment_id, o.max_delay_routine_days, o.max_delay_urgent_days,
        o.max_delay_emergency_hours, o.teleexpertise_first,
        coalesce(o.return_establishment_id, o.origin_establishment_id) as return_establishment_id,
        coalesce((select json_agg(d.destination_establishment_id order by d.rank) from pathway_destinations d
          where d.gst_id = o.gst_id and d.map_id = o.map_id and d.origin_establishment_id = o.origin_establishment_id),
          '[]'::json) as destination_ids
      from pathway_origins o
      where o.gst_id = ${gstId} and o.map_id = ${mapId}
      order by o.origin_establishment_id`,
  );
  return rows.map((row) => ({
    originEstablishmentId: asText(row.origin_establishment_id),
    maxDelayRoutineDays: Number(row.max_delay_routine_days),
    maxDelayUrgentDays: Number(row.max_delay_urgent_days),
    maxDelayEmergencyHours: Number(row.max_delay_emergency_hours),
    teleexpertiseFirst: row.teleexpertise_first === true,
    returnEstablishmentId: asText(row.return_establishment_id),
    destinationIds: json<string[]>(row.destination_ids),
  }));
}

/** Every establishment of a GST as the pathway generator and validator see it (with its specialties). */
export async function listPathwayEstablishments(executor: Executor, gstId: string): Promise<PathwayEstablishment[]> {
  const rows = await queryRows(
    executor,
    sql`select e.id, e.code, e.name_fr, e.name_ar, e.type, e.level, e.status, e.province_code, e.lon, e.lat,
        coalesce((select json_agg(s.specialty_code order by s.specialty_code) from establishment_services s
          where s.gst_id = e.gst_id and s.establishment_id = e.id), '[]'::json) as specialty_codes
      from establishments e where e.gst_id = ${gstId}
      order by e.code`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    code: asText(row.code),
    nameFr: asText(row.name_fr),
    nameAr: asTextOrNull(row.name_ar),
    type: asText(row.type) as PathwayEstablishment['type'],
    level: asText(row.level) as PathwayEstablishment['level'],
    status: asText(row.status) as PathwayEstablishment['status'],
    provinceCode: asText(row.province_code),
    lon: Number(row.lon),
    lat: Number(row.lat),
    specialtyCodes: json<string[]>(row.specialty_codes),
  }));
}
