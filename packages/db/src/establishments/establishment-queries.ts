import { sql, type SQL } from 'drizzle-orm';
import {
  normaliseSearchText,
  type Establishment,
  type EstablishmentChange,
  type EstablishmentPoint,
  type ListEstablishmentsQuery,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';
import { establishmentSelect, toEstablishment, whereAll } from './establishment-rows';

/** The GSTs a caller may read: 'all' for national actors. */
export interface RegistryScope {
  gstIds: 'all' | string[];
}

function scopeCondition(scope: RegistryScope, gstId: string | undefined): SQL {
  const conditions: SQL[] = [];
  if (scope.gstIds !== 'all') {
    conditions.push(scope.gstIds.length === 0 ? sql`false` : sql`e.gst_id in ${scope.gstIds}`);
  }
  if (gstId) {
    conditions.push(sql`e.gst_id = ${gstId}`);
  }
  return whereAll(conditions);
}

/** One establishment by id, whatever its GST (the caller authorizes after loading: 404 outside scope). */
export async function findEstablishmentById(executor: Executor, id: string): Promise<Establishment | undefined> {
  const [row] = await queryRows(executor, sql`${establishmentSelect} where e.id = ${id}`);
  return row ? toEstablishment(row) : undefined;
}

/** One establishment by its business code inside a GST. */
export async function findEstablishmentByCode(
  executor: Executor,
  gstId: string,
  code: string,
): Promise<Establishment | undefined> {
  const [row] = await queryRows(executor, sql`${establishmentSelect} where e.gst_id = ${gstId} and e.code = ${code}`);
  return row ? toEstablishment(row) : undefined;
}

function listConditions(scope: RegistryScope, query: Omit<ListEstablishmentsQuery, 'page' | 'pageSize'>): SQL {
  const conditions: SQL[] = [scopeCondition(scope, query.gstId)];
  if (query.provinceCode) {
    conditions.push(sql`e.province_code = ${query.provinceCode}`);
  }
  if (query.communeCode) {
    conditions.push(sql`e.commune_code = ${query.communeCode}`);
  }
  if (query.type && query.type.length > 0) {
    conditions.push(sql`e.type in ${query.type}`);
  }
  if (query.level) {
    conditions.push(sql`e.level = ${query.level}`);
  }
  if (query.status) {
    conditions.push(sql`e.status = ${query.status}`);
  }
  if (query.specialtyCode) {
    conditions.push(sql`exists (select 1 from establishment_services s
      where s.gst_id = e.gst_id and s.establishment_id = e.id and s.specialty_code = ${query.specialtyCode})`);
  }
  if (query.q) {
    const needle = normaliseSearchText(query.q).replace(/[\\%_]/g, (character) => `\\${character}`);
    conditions.push(sql`e.search_text like ${`%${needle}%`}`);
  }
  return whereAll(conditions);
}

/** A page of establishments matching the filters, ordered by province then name. */
export async function listEstablishments(
  executor: Executor,
  scope: RegistryScope,
  query: ListEstablishmentsQuery,
): Promise<{ items: Establishment[]; total: number }> {
  const where = listConditions(scope, query);
  const [count] = await queryRows(executor, sql`select count(*)::int as total from establishments e where ${where}`);
  // The page's ids first: OFFSET would otherwise build the services and equipment JSON of every skipped row.
  const rows = await queryRows(
    executor,
    sql`with page_ids as (
        select e.gst_id, e.id from establishments e where ${where}
        order by e.province_code, e.name_fr, e.id
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
      )
      ${establishmentSelect}
      join page_ids on page_ids.gst_id = e.gst_id and page_ids.id = e.id
      order by e.province_code, e.name_fr, e.id`,
  );
  return { items: rows.map(toEstablishment), total: Number(count?.total ?? 0) };
}

/** Every establishment matching the filters (CSV export), in list order. */
export async function listAllEstablishments(
  executor: Executor,
  scope: RegistryScope,
  query: Omit<ListEstablishmentsQuery, 'page' | 'pageSize'>,
): Promise<Establishment[]> {
  const rows = await queryRows(
    executor,
    sql`${establishmentSelect} where ${listConditions(scope, query)} order by e.province_code, e.name_fr, e.id`,
  );
  return rows.map(toEstablishment);
}

/** Light points for the map of a GST. */
export async function listEstablishmentPoints(
  executor: Executor,
  scope: RegistryScope,
  gstId: string | undefined,
): Promise<EstablishmentPoint[]> {
  const rows = await queryRows(
    executor,
    sql`select e.id, e.code, e.name_fr, e.name_ar, e.type, e.level, e.status, e.province_code, e.lon, e.lat,
        e.total_beds, e.is_generated
      from establishments e where ${scopeCondition(scope, gstId)} order by e.code`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    code: asText(row.code),
    nameFr: asText(row.name_fr),
    nameAr: asTextOrNull(row.name_ar),
    type: asText(row.type),
    level: asText(row.level),
    status: asText(row.status),
    provinceCode: asText(row.province_code),
    lon: Number(row.lon),
    lat: Number(row.lat),
    totalBeds: Number(row.total_beds),
    isGenerated: row.is_generated === true,
  }));
}

/** The change history of one establishment, newest first. */
export async function listEstablishmentChanges(
  executor: Executor,
  gstId: string,
  establishmentId: string,
): Promise<EstablishmentChange[]> {
  const rows = await queryRows(
    executor,
    sql`select h.id, h.version, h.action, h.changed_at, h.changes, u.id as user_id, u.display_name
      from establishment_changes h left join users u on u.id = h.changed_by
      where h.gst_id = ${gstId} and h.establishment_id = ${establishmentId}
      order by h.version desc`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    version: Number(row.version),
    action: asText(row.action) as EstablishmentChange['action'],
    changedAt: toIso(row.changed_at as Date),
    changedBy: row.user_id == null ? null : { id: asText(row.user_id), displayName: asText(row.display_name) },
    changes: (typeof row.changes === 'string'
      ? JSON.parse(row.changes)
      : row.changes) as EstablishmentChange['changes'],
  }));
}
