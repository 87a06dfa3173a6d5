import { sql } from 'drizzle-orm';
import { type Cadre, type WisnActualStaffEntry } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, queryRows } from '../lib/rows';

/**
 * Staff in post on a day, in full-time equivalents per establishment and cadre: the time shares (percent ÷ 100) of
 * the assignments in force that day (both validity dates included) of staff employed that day. A person working
 * 60 % here and 40 % elsewhere counts 0.6 and 0.4. Leave does not reduce it: WISN's available working time does.
 */
export async function listWisnActualStaff(
  executor: Executor,
  gstId: string,
  onDate: string,
  establishmentId?: string,
): Promise<WisnActualStaffEntry[]> {
  const rows = await queryRows(
    executor,
    sql`select a.establishment_id, m.cadre, sum(a.time_share)::numeric / 100 as staff_count
      from staff_assignments a
      join staff_members m on m.gst_id = a.gst_id and m.id = a.staff_member_id
      where a.gst_id = ${gstId} and a.valid_from <= ${onDate}::date
        and (a.valid_to is null or a.valid_to >= ${onDate}::date)
        and m.employed_from <= ${onDate}::date and (m.employed_to is null or m.employed_to >= ${onDate}::date)
        ${establishmentId === undefined ? sql`` : sql`and a.establishment_id = ${establishmentId}`}
      group by a.establishment_id, m.cadre
      order by a.establishment_id, m.cadre`,
  );
  return rows.map((row) => ({
    establishmentId: asText(row.establishment_id),
    cadre: asText(row.cadre) as Cadre,
    staffCount: Number(row.staff_count),
  }));
}
