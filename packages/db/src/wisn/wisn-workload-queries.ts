import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { asText, queryRows, toIso } from '../lib/rows';

/** One annual figure of one activity at one establishment. */
export interface WisnWorkloadFigure {
  establishmentId: string;
  activityCode: string;
  annualWorkload: number;
}

/** A period of platform activity: `from` included, `to` excluded (ISO dates, Morocco time). */
export interface WisnActivityPeriod {
  from: string;
  to: string;
}

const toFigure = (row: Record<string, unknown>): WisnWorkloadFigure => ({
  establishmentId: asText(row.establishment_id),
  activityCode: asText(row.activity_code),
  annualWorkload: Number(row.annual_workload),
});

/** Entered figures of a GST for a year, optionally of one establishment. */
export async function listEnteredWisnWorkload(
  executor: Executor,
  gstId: string,
  year: number,
  establishmentId?: string,
): Promise<(WisnWorkloadFigure & { updatedAt: string })[]> {
  const rows = await queryRows(
    executor,
    sql`select establishment_id, activity_code, annual_workload, updated_at from wisn_workload_entries
      where gst_id = ${gstId} and year = ${year}
        ${establishmentId === undefined ? sql`` : sql`and establishment_id = ${establishmentId}`}
      order by establishment_id, activity_code`,
  );
  return rows.map((row) => ({ ...toFigure(row), updatedAt: toIso(row.updated_at as Date | string) }));
}

/** Sets (upserts) or removes (null) entered figures of one establishment and year. */
export async function writeWisnWorkloadEntries(
  executor: Executor,
  gstId: string,
  input: {
    establishmentId: string;
    year: number;
    entries: { activityCode: string; annualWorkload: number | null }[];
    updatedBy: string | null;
  },
): Promise<void> {
  const { establishmentId, year } = input;
  const removed = input.entries.filter((entry) => entry.annualWorkload === null).map((entry) => entry.activityCode);
  const kept = input.entries.flatMap((entry) =>
    entry.annualWorkload === null ? [] : [{ code: entry.activityCode, value: entry.annualWorkload }],
  );
  if (removed.length > 0) {
    await executor.execute(sql`delete from wisn_workload_entries
      where gst_id = ${gstId} and establishment_id = ${establishmentId} and year = ${year}
        and activity_code = any(${`{${removed.join(',')}}`}::text[])`);
  }
  if (kept.length > 0) {
    const codes = `{${kept.map((entry) => entry.code).join(',')}}`;
    const values = `{${kept.map((entry) => entry.value).join(',')}}`;
    await executor.execute(sql`insert into wisn_workload_entries
        (gst_id, establishment_id, year, activity_code, annual_workload, updated_by)
      select ${gstId}, ${establishmentId}, ${year}, code, value, ${input.updatedBy}
      from unnest(${codes}::text[], ${values}::numeric[]) as t(code, value)
      on conflict (gst_id, establishment_id, year, activity_code)
        do update set annual_workload = excluded.annual_workload, updated_by = excluded.updated_by, updated_at = now()`);
  }
}

/** Rows per statement of a bulk write. */
const chunkSize = 2000;

/**
 * Inserts entered figures of many establishments and years in bulk (unnest, STYLE §7), for seeds and imports; a
 * figure already entered for the same establishment, year and code is kept. Returns the number of rows inserted.
 */
export async function insertWisnWorkloadFigures(
  executor: Executor,
  gstId: string,
  figures: readonly (WisnWorkloadFigure & { year: number })[],
  updatedBy: string | null,
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < figures.length; start += chunkSize) {
    const chunk = figures.slice(start, start + chunkSize);
    const rows = await queryRows(
      executor,
      sql`insert into wisn_workload_entries (gst_id, establishment_id, year, activity_code, annual_workload, updated_by)
        select ${gstId}, establishment_id, year, activity_code, annual_workload, ${updatedBy}::uuid
        from unnest(${sql.param(chunk.map((figure) => figure.establishmentId))}::uuid[],
          ${sql.param(chunk.map((figure) => figure.year))}::int[],
          ${sql.param(chunk.map((figure) => figure.activityCode))}::text[],
          ${sql.param(chunk.map((figure) => figure.annualWorkload))}::numeric[])
          as t(establishment_id, year, activity_code, annual_workload)
        on conflict (gst_id, establishment_id, year, activity_code) do nothing
        returning 1`,
    );
    inserted += rows.length;
  }
  return inserted;
}
