import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { asText, queryRows, toIso } from '../lib/rows';

/** The user's break-the-glass access to one of these records that is still running (not ended, not expired). */
export async function findActiveBreakGlass(
  executor: Executor,
  gstId: string,
  userId: string,
  patientIds: readonly string[],
): Promise<{ id: string; expiresAt: string } | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select id, expires_at from break_glass_accesses
      where gst_id = ${gstId} and user_id = ${userId} and patient_id = any(${sql.param([...patientIds])}::uuid[])
        and ended_at is null and expires_at > now()
      order by expires_at desc limit 1`,
  );
  return row ? { id: asText(row.id), expiresAt: toIso(row.expires_at as Date) } : undefined;
}
