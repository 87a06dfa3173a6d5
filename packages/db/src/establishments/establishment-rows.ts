import { sql, type SQL } from 'drizzle-orm';
import type { Establishment, EstablishmentState } from '@tansiq/domain';
import { asText, asTextOrNull, toIso } from '../lib/rows';

/** The SELECT shared by every read of establishments: the row, its place names, services and equipment as JSON. */
export const establishmentSelect = sql`
  select e.gst_id, e.id, e.code, e.name_fr, e.name_ar, e.type, e.level, e.province_code, e.commune_code, e.lon, e.lat,
    e.address, e.phone, e.status, e.opening_hours, e.total_beds, e.is_generated, e.is_demo, e.osm_id,
    e.closed_on::text as closed_on, e.closure_reason, e.version, e.created_at, e.updated_at,
    p.name_fr as province_name_fr, p.name_ar as province_name_ar,
    c.name_fr as commune_name_fr, c.name_ar as commune_name_ar,
    coalesce((select json_agg(json_build_object('specialtyCode', s.specialty_code, 'beds', s.beds) order by s.specialty_code)
      from establishment_services s where s.gst_id = e.gst_id and s.establishment_id = e.id), '[]'::json) as services,
    coalesce((select json_agg(json_build_object('equipmentCode', q.equipment_code, 'quantity', q.quantity) order by q.equipment_code)
      from establishment_equipment q where q.gst_id = e.gst_id and q.establishment_id = e.id), '[]'::json) as equipment
  from establishments e
  join provinces p on p.code = e.province_code
  left join communes c on c.code = e.commune_code`;

const text = asText;
const textOrNull = asTextOrNull;
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** Maps one row of `establishmentSelect` to the domain type. */
export function toEstablishment(row: Record<string, unknown>): Establishment {
  return {
    id: text(row.id),
    gstId: text(row.gst_id),
    code: text(row.code),
    nameFr: text(row.name_fr),
    nameAr: textOrNull(row.name_ar),
    type: text(row.type) as Establishment['type'],
    level: text(row.level) as Establishment['level'],
    province: { code: text(row.province_code), nameFr: text(row.province_name_fr), nameAr: text(row.province_name_ar) },
    commune:
      row.commune_code == null
        ? null
        : { code: text(row.commune_code), nameFr: text(row.commune_name_fr), nameAr: text(row.commune_name_ar) },
    lon: Number(row.lon),
    lat: Number(row.lat),
    address: textOrNull(row.address),
    phone: textOrNull(row.phone),
    status: text(row.status) as Establishment['status'],
    openingHours: textOrNull(row.opening_hours),
    services: json<Establishment['services']>(row.services),
    equipment: json<Establishment['equipment']>(row.equipment),
    totalBeds: Number(row.total_beds),
    isGenerated: row.is_generated === true,
    isDemo: row.is_demo === true,
    osmId: textOrNull(row.osm_id),
    closedOn: textOrNull(row.closed_on),
    closureReason: textOrNull(row.closure_reason),
    version: Number(row.version),
    createdAt: toIso(row.created_at as Date),
    updatedAt: toIso(row.updated_at as Date),
  };
}

/** The part of an establishment its history tracks. */
export function toEstablishmentState(establishment: Establishment): EstablishmentState {
  return {
    code: establishment.code,
    nameFr: establishment.nameFr,
    nameAr: establishment.nameAr,
    type: establishment.type,
    level: establishment.level,
    provinceCode: establishment.province.code,
    communeCode: establishment.commune?.code ?? null,
    lon: establishment.lon,
    lat: establishment.lat,
    address: establishment.address,
    phone: establishment.phone,
    status: establishment.status,
    openingHours: establishment.openingHours,
    services: establishment.services,
    equipment: establishment.equipment,
    closedOn: establishment.closedOn,
    closureReason: establishment.closureReason,
  };
}

export const whereAll = (conditions: SQL[]): SQL =>
  conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
