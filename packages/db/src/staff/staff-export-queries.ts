import { sql } from 'drizzle-orm';
import type { StaffCsvPrimaryAssignment } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';

/** The primary assignment in force on `day` of each staff member of a GST, by establishment code (CSV export). */
export async function listPrimaryAssignmentsByCode(
  executor: Executor,
  gstId: string,
  day: string,
): Promise<Map<string, StaffCsvPrimaryAssignment>> {
  const rows = await queryRows(
    executor,
    sql`select a.staff_member_id, e.code, a.specialty_code, a.time_share, a.valid_from::text as valid_from
      from staff_assignments a join establishments e on e.gst_id = a.gst_id and e.id = a.establishment_id
      where a.gst_id = ${gstId} and a.kind = 'primary' and a.valid_from <= ${day}::date
        and (a.valid_to is null or a.valid_to >= ${day}::date)`,
  );
  return new Map(
    rows.map((row) => [
      asText(row.staff_member_id),
      {
        establishmentCode: asText(row.code),
        primarySpecialtyCode: asTextOrNull(row.specialty_code),
        timeShare: Number(row.time_share),
        validFrom: asText(row.valid_from),
      },
    ]),
  );
}
