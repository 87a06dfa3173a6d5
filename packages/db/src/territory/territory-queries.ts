import { asc, eq, sql } from 'drizzle-orm';
import {
  gstSettingsSchema,
  ratePer10k,
  type Commune,
  type Gst,
  type Province,
  type ProvinceOverview,
  type Region,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { communes, gsts, provinces, regions } from '../schema/index';
import { queryRows } from '../lib/rows';

export async function listRegions(executor: Executor): Promise<Region[]> {
  return executor.select().from(regions).orderBy(asc(regions.code));
}

export async function findRegion(executor: Executor, code: string): Promise<Region | undefined> {
  const [row] = await executor.select().from(regions).where(eq(regions.code, code));
  return row;
}

export async function listProvinces(executor: Executor, regionCode?: string): Promise<Province[]> {
  const rows = await executor
    .select()
    .from(provinces)
    .where(regionCode ? eq(provinces.regionCode, regionCode) : undefined)
    .orderBy(asc(provinces.code));
  return rows.map((row) => ({ ...row, type: row.type as Province['type'] }));
}

export async function findProvince(executor: Executor, code: string): Promise<Province | undefined> {
  const [row] = await executor.select().from(provinces).where(eq(provinces.code, code));
  return row ? { ...row, type: row.type as Province['type'] } : undefined;
}

export async function listCommunes(
  executor: Executor,
  filter: { regionCode?: string; provinceCode?: string },
): Promise<Commune[]> {
  const rows = await executor
    .select()
    .from(communes)
    .where(
      filter.provinceCode
        ? eq(communes.provinceCode, filter.provinceCode)
        : filter.regionCode
          ? eq(communes.regionCode, filter.regionCode)
          : undefined,
    )
    .orderBy(asc(communes.code));
  return rows.map((row) => ({ ...row, type: row.type as Commune['type'] }));
}

export async function findCommune(executor: Executor, code: string): Promise<Commune | undefined> {
  const [row] = await executor.select().from(communes).where(eq(communes.code, code));
  return row ? { ...row, type: row.type as Commune['type'] } : undefined;
}

const toGst = (row: typeof gsts.$inferSelect): Gst => ({
  settings: gstSettingsSchema.parse(row.settings),
  id: row.id,
  code: row.code,
  regionCode: row.regionCode,
  nameFr: row.nameFr,
  nameAr: row.nameAr,
  isPilot: row.isPilot,
  status: row.status as Gst['status'],
  operationalSince: row.operationalSince,
});

export async function listGsts(executor: Executor): Promise<Gst[]> {
  return (await executor.select().from(gsts).orderBy(asc(gsts.regionCode))).map(toGst);
}

/** Writes the changed fields of a GST. */
export async function updateGstRow(
  executor: Executor,
  id: string,
  fields: Partial<Pick<Gst, 'nameFr' | 'nameAr' | 'status' | 'operationalSince' | 'settings'>>,
): Promise<void> {
  await executor
    .update(gsts)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(gsts.id, id));
}

export async function findGstById(executor: Executor, id: string): Promise<Gst | undefined> {
  const [row] = await executor.select().from(gsts).where(eq(gsts.id, id));
  return row ? toGst(row) : undefined;
}

export async function findGstByRegion(executor: Executor, regionCode: string): Promise<Gst | undefined> {
  const [row] = await executor.select().from(gsts).where(eq(gsts.regionCode, regionCode));
  return row ? toGst(row) : undefined;
}

/** Per-province counts of active establishments and beds of one GST, with RGPH 2024 population. */
export async function listProvinceOverview(
  executor: Executor,
  gstId: string,
  regionCode: string,
): Promise<ProvinceOverview[]> {
  const rows = await queryRows(
    executor,
    sql`select p.code, p.name_fr, p.name_ar, p.population_2024,
        count(e.id)::int as establishments,
        count(e.id) filter (where e.level = 'primary' and e.type in ('DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2', 'UMP'))::int as primary_care,
        count(e.id) filter (where e.type in ('HP', 'CHP', 'CHR', 'CHU', 'HS'))::int as hospitals,
        coalesce(sum(e.total_beds), 0)::int as beds
      from provinces p
      left join establishments e on e.province_code = p.code and e.gst_id = ${gstId} and e.status = 'active'
      where p.region_code = ${regionCode} and p.parent_code is null
      group by p.code, p.name_fr, p.name_ar, p.population_2024
      order by p.code`,
  );
  return rows.map((row) => {
    const population = Number(row.population_2024);
    const per10k = (value: number) => ratePer10k(value, population);
    return {
      code: String(row.code),
      nameFr: String(row.name_fr),
      nameAr: String(row.name_ar),
      population2024: population,
      establishments: Number(row.establishments),
      primaryCare: Number(row.primary_care),
      hospitals: Number(row.hospitals),
      beds: Number(row.beds),
      establishmentsPer10k: per10k(Number(row.establishments)),
      primaryCarePer10k: per10k(Number(row.primary_care)),
      bedsPer10k: per10k(Number(row.beds)),
    };
  });
}

/** Active establishments per type, and how many are demonstration or generated records. */
export async function countEstablishmentsByType(
  executor: Executor,
  gstId: string,
): Promise<{ byType: { type: string; count: number }[]; generated: number; demo: number }> {
  const rows = await queryRows(
    executor,
    sql`select type, count(*)::int as count, count(*) filter (where is_generated)::int as generated,
        count(*) filter (where is_demo)::int as demo
      from establishments where gst_id = ${gstId} and status = 'active' group by type order by type`,
  );
  return {
    byType: rows.map((row) => ({ type: String(row.type), count: Number(row.count) })),
    generated: rows.reduce((sum, row) => sum + Number(row.generated), 0),
    demo: rows.reduce((sum, row) => sum + Number(row.demo), 0),
  };
}
