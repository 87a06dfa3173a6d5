import { sql } from 'drizzle-orm';
import { conflict, type StaffMemberFields } from '@tansiq/domain';
import type { Executor } from '../client';
import { queryRows } from '../lib/rows';

/**
 * Checks that no other staff member of the GST has this CIN or user account (unique in the registry).
 * @throws AppError conflict naming the field already taken.
 */
export async function assertStaffKeysFree(
  executor: Executor,
  gstId: string,
  fields: Pick<StaffMemberFields, 'cin' | 'userId'>,
  exceptId: string | null,
): Promise<void> {
  const rows = await queryRows(
    executor,
    sql`select cin, user_id from staff_members where gst_id = ${gstId} and id is distinct from ${exceptId}::uuid
      and (cin = ${fields.cin} or user_id = ${fields.userId}::uuid)`,
  );
  const cinTaken = fields.cin !== null && rows.some((row) => row.cin === fields.cin);
  if (cinTaken) {
    throw conflict('Another staff member has this CIN', [{ path: ['cin'], message: 'Already registered' }]);
  }
  if (rows.length > 0 && fields.userId !== null) {
    throw conflict('This user account is already linked to another staff member', [
      { path: ['userId'], message: 'Already linked' },
    ]);
  }
}
