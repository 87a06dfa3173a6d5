import { sql } from 'drizzle-orm';
import type { GstHoliday } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, queryRows } from '../lib/rows';

/** The public holidays of a GST's working calendar, in date order. */
export async function listGstHolidays(executor: Executor, gstId: string): Promise<GstHoliday[]> {
  const rows = await queryRows(
    executor,
    sql`select day::text as day, name from gst_holidays where gst_id = ${gstId} order by day`,
  );
  return rows.map((row) => ({ day: asText(row.day), name: asText(row.name) }));
}

/** Replaces the holidays of `years` with `holidays` (other years are kept). */
export async function replaceGstHolidays(
  tx: Tx,
  gstId: string,
  years: readonly number[],
  holidays: readonly GstHoliday[],
): Promise<void> {
  await tx.execute(
    sql`delete from gst_holidays
      where gst_id = ${gstId} and extract(year from day)::int = any(${sql.param([...years])}::int[])`,
  );
  if (holidays.length > 0) {
    await tx.execute(
      sql`insert into gst_holidays (gst_id, day, name)
        select ${gstId}, day, name
        from unnest(${sql.param(holidays.map((holiday) => holiday.day))}::date[],
          ${sql.param(holidays.map((holiday) => holiday.name))}::text[]) as h(day, name)`,
    );
  }
}
