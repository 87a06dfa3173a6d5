import { sql } from 'drizzle-orm';
import { wisnStandardSchema, type WisnStandard, type WisnStandardVersion } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';

const parseStandard = (value: unknown): WisnStandard =>
  wisnStandardSchema.parse(typeof value === 'string' ? JSON.parse(value) : value);

/** Every stored version of every WISN standard of a GST, by type, cadre and version. */
export async function listWisnStandardVersions(executor: Executor, gstId: string): Promise<WisnStandardVersion[]> {
  const rows = await queryRows(
    executor,
    sql`select s.id, s.standard, s.created_at, u.display_name
      from wisn_standards s left join users u on u.id = s.created_by
      where s.gst_id = ${gstId}
      order by s.establishment_type, s.cadre, s.version`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    standard: parseStandard(row.standard),
    createdAt: toIso(row.created_at as Date | string),
    createdByName: asTextOrNull(row.display_name),
  }));
}

/** The standards of a GST (all versions), for a computation that picks those in force itself. */
export async function listWisnStandards(executor: Executor, gstId: string): Promise<WisnStandard[]> {
  const rows = await queryRows(executor, sql`select standard from wisn_standards where gst_id = ${gstId}`);
  return rows.map((row) => parseStandard(row.standard));
}

/** The latest stored version number of one (type, cadre) standard; 0 when none. */
export async function findLatestWisnStandardVersion(
  executor: Executor,
  gstId: string,
  key: { establishmentType: string; cadre: string },
): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select coalesce(max(version), 0)::int as version from wisn_standards
      where gst_id = ${gstId} and establishment_type = ${key.establishmentType} and cadre = ${key.cadre}`,
  );
  return Number(row?.version ?? 0);
}

/**
 * Stores a version; returns false when that version already exists (a concurrent save won), so the caller answers 409.
 */
export async function insertWisnStandard(
  executor: Executor,
  gstId: string,
  input: { id: string; standard: WisnStandard; createdBy: string | null },
): Promise<boolean> {
  const { standard } = input;
  const rows = await queryRows(
    executor,
    sql`insert into wisn_standards (gst_id, id, establishment_type, cadre, version, effective_from, standard, created_by)
      values (${gstId}, ${input.id}, ${standard.establishmentType}, ${standard.cadre}, ${standard.version},
        ${standard.effectiveFrom}, ${JSON.stringify(standard)}::jsonb, ${input.createdBy})
      on conflict (gst_id, establishment_type, cadre, version) do nothing
      returning id`,
  );
  return rows.length === 1;
}
