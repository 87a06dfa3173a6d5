import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';

/** Short codes of the 12 GSTs, by HCP region code. */
const gstCodes: Record<string, string> = {
  '01': 'TTA',
  '02': 'ORI',
  '03': 'FMK',
  '04': 'RSK',
  '05': 'BMK',
  '06': 'CST',
  '07': 'MSA',
  '08': 'DTA',
  '09': 'SMA',
  '10': 'GON',
  '11': 'LSH',
  '12': 'DOD',
};

/**
 * One GST per region (loi 08-22 art. 1). TTA is the pilot, operational since 2025-10-01; the other eleven are created
 * as planned: their start dates (décrets 2.25.1044…1054) are to be confirmed and will be set by the national admin.
 * Idempotent: existing GSTs are left as they are.
 */
export async function seedGsts(tx: Tx): Promise<number> {
  const regions = await queryRows(tx, sql`select code, name_fr, name_ar from regions order by code`);
  const rows = regions.map((region) => {
    const code = String(region.code);
    const pilot = code === '01';
    return {
      id: randomUUID(),
      code: `GST-${gstCodes[code] ?? code}`,
      regionCode: code,
      nameFr: `GST ${String(region.name_fr)}`,
      nameAr: `المجموعة الصحية الترابية ${String(region.name_ar)}`,
      isPilot: pilot,
      status: pilot ? 'operational' : 'planned',
      operationalSince: pilot ? '2025-10-01' : null,
    };
  });
  const inserted = await queryRows(
    tx,
    sql`insert into gsts (id, code, region_code, name_fr, name_ar, is_pilot, status, operational_since)
      select * from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => r.code))}::text[],
        ${sql.param(rows.map((r) => r.regionCode))}::text[], ${sql.param(rows.map((r) => r.nameFr))}::text[],
        ${sql.param(rows.map((r) => r.nameAr))}::text[], ${sql.param(rows.map((r) => r.isPilot))}::bool[],
        ${sql.param(rows.map((r) => r.status))}::text[], ${sql.param(rows.map((r) => r.operationalSince))}::date[])
      on conflict (region_code) do nothing
      returning id`,
  );
  return inserted.length;
}
