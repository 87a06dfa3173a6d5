import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { todayInMorocco, type EstablishmentType } from '@tansiq/domain';
import { insertAuditEvent, insertWisnWorkloadFigures, listWisnStandards, queryRows, type Db } from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import {
  planDemoWisnWorkload,
  type DemoWorkloadEstablishment,
  type DemoWorkloadInput,
} from './plan-demo-wisn-workload';

const bedsSchema = z.record(z.string(), z.number().int().nonnegative());

/** The GST's active demo establishments with their beds per service. */
async function demoWorkloadEstablishments(db: Db, gstId: string): Promise<DemoWorkloadEstablishment[]> {
  const rows = await queryRows(
    db,
    sql`select e.id, e.code, e.type, e.province_code, e.commune_code,
        coalesce(json_object_agg(s.specialty_code, s.beds) filter (where s.specialty_code is not null), '{}') as beds
      from establishments e left join establishment_services s on s.gst_id = e.gst_id and s.establishment_id = e.id
      where e.gst_id = ${gstId} and e.is_demo and e.status = 'active'
      group by e.id, e.code, e.type, e.province_code, e.commune_code order by e.code`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    code: String(row.code),
    type: String(row.type) as EstablishmentType,
    provinceCode: String(row.province_code),
    communeCode: typeof row.commune_code === 'string' ? row.commune_code : null,
    beds: bedsSchema.parse(row.beds),
  }));
}

/** RGPH 2024 population of the communes of the GST's region, and of its provinces (sum of their communes). */
async function regionPopulation(
  db: Db,
  gstId: string,
): Promise<Pick<DemoWorkloadInput, 'communePopulation' | 'provincePopulation'>> {
  const rows = await queryRows(
    db,
    sql`select c.code, c.province_code, c.population_2024 from communes c
      join gsts g on g.region_code = c.region_code where g.id = ${gstId}`,
  );
  const communePopulation = new Map<string, number>();
  const provincePopulation = new Map<string, number>();
  for (const row of rows) {
    const population = Number(row.population_2024);
    const province = String(row.province_code);
    communePopulation.set(String(row.code), population);
    provincePopulation.set(province, (provincePopulation.get(province) ?? 0) + population);
  }
  return { communePopulation, provincePopulation };
}

/** Every activity code a stored standard of each establishment type lists (all versions). */
async function codesByType(db: Db, gstId: string): Promise<Map<string, Set<string>>> {
  const codes = new Map<string, Set<string>>();
  for (const standard of await listWisnStandards(db, gstId)) {
    const set = codes.get(standard.establishmentType) ?? new Set<string>();
    standard.serviceStandards.forEach((service) => set.add(service.activityCode));
    codes.set(standard.establishmentType, set);
  }
  return codes;
}

/**
 * Seeds the demonstration's entered annual statistics for the previous and the current year (the current year as
 * its full-year estimate, which WISN reads as is, without annualisation): one figure per active demo establishment
 * and activity code of its type's standards, derived from population and beds (`planDemoWisnWorkload`). Runs once:
 * nothing is written when the GST already has entered figures. Run it after the standards.
 */
export async function seedDemoWisnWorkload(
  db: Db,
  gstId: string,
  now: Date = new Date(),
): Promise<{ figures: number; establishments: number; years: number[] }> {
  const [existing] = await queryRows(db, sql`select 1 from wisn_workload_entries where gst_id = ${gstId} limit 1`);
  if (existing) {
    return { figures: 0, establishments: 0, years: [] };
  }
  const year = Number(todayInMorocco(now).slice(0, 4));
  const years = [year - 1, year];
  const figures = planDemoWisnWorkload({
    establishments: await demoWorkloadEstablishments(db, gstId),
    ...(await regionPopulation(db, gstId)),
    years,
    codesByType: await codesByType(db, gstId),
  });
  const establishments = new Set(figures.map((figure) => figure.establishmentId)).size;
  if (figures.length === 0) {
    return { figures: 0, establishments: 0, years: [] };
  }
  await db.transaction(async (tx) => {
    await insertWisnWorkloadFigures(tx, gstId, figures, null);
    await insertAuditEvent(tx, {
      ...{ actorUserId: null, actorRole: null, actorEstablishmentId: null, gstId, action: 'wisn_workload.seed' },
      ...{ entityType: 'gst', entityId: gstId, patientId: null, purpose: 'demonstration', outcome: 'success' },
      ...{ requestId: systemRequestId(), ip: null, details: { figures: figures.length, establishments, years } },
    });
  });
  return { figures: figures.length, establishments, years };
}
