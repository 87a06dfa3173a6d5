import { sql } from 'drizzle-orm';
import type { EstablishmentType, WisnEstablishmentSummary } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';

/** Active establishments of a GST as WISN shows them (type, province, position), by code. */
export async function listWisnEstablishments(
  executor: Executor,
  gstId: string,
  establishmentId?: string,
): Promise<WisnEstablishmentSummary[]> {
  const rows = await queryRows(
    executor,
    sql`select id, code, name_fr, name_ar, type, province_code, lon, lat from establishments
      where gst_id = ${gstId} and status = 'active'
        ${establishmentId === undefined ? sql`` : sql`and id = ${establishmentId}`}
      order by code`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    code: asText(row.code),
    nameFr: asText(row.name_fr),
    nameAr: asTextOrNull(row.name_ar),
    type: asText(row.type) as EstablishmentType,
    provinceCode: asText(row.province_code),
    lon: row.lon == null ? null : Number(row.lon),
    lat: row.lat == null ? null : Number(row.lat),
  }));
}

/** One establishment (active or not) with its GST, for access checks before a WISN read or write. */
export async function findWisnEstablishment(
  executor: Executor,
  id: string,
): Promise<(WisnEstablishmentSummary & { gstId: string; status: string }) | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select gst_id, id, code, name_fr, name_ar, type, province_code, lon, lat, status from establishments
      where id = ${id}`,
  );
  if (row === undefined) {
    return undefined;
  }
  return {
    gstId: asText(row.gst_id),
    status: asText(row.status),
    id: asText(row.id),
    code: asText(row.code),
    nameFr: asText(row.name_fr),
    nameAr: asTextOrNull(row.name_ar),
    type: asText(row.type) as EstablishmentType,
    provinceCode: asText(row.province_code),
    lon: row.lon == null ? null : Number(row.lon),
    lat: row.lat == null ? null : Number(row.lat),
  };
}
