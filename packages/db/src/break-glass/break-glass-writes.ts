import { sql } from 'drizzle-orm';
import type { BreakGlassAccess, BreakGlassReasonCode, ReviewBreakGlassInput } from '@tansiq/domain';
import type { Tx } from '../client';
import { asText, queryRows, toIso } from '../lib/rows';
import { breakGlassColumns, toBreakGlassAccess } from './break-glass-rows';

/**
 * Starts a break-the-glass access that runs for `durationHours` from now, measured by the database clock (the same
 * clock `activeBreakGlassSelect` reads).
 */
export async function insertBreakGlassAccess(
  tx: Tx,
  access: {
    gstId: string;
    id: string;
    userId: string;
    patientId: string;
    establishmentId: string | null;
    reasonCode: BreakGlassReasonCode;
    reasonText: string;
  },
  durationHours: number,
): Promise<BreakGlassAccess> {
  const [row] = await queryRows(
    tx,
    sql`insert into break_glass_accesses as b (gst_id, id, user_id, patient_id, establishment_id, reason_code,
        reason_text, started_at, expires_at)
      values (${access.gstId}, ${access.id}, ${access.userId}, ${access.patientId}, ${access.establishmentId},
        ${access.reasonCode}, ${access.reasonText}, now(), now() + make_interval(hours => ${durationHours}::int))
      returning ${breakGlassColumns}`,
  );
  if (!row) {
    throw new Error('The break-the-glass access was not stored');
  }
  return toBreakGlassAccess(row);
}

/** Ends a running access now; `undefined` when it had already ended or run out. */
export async function endBreakGlassAccess(tx: Tx, gstId: string, id: string): Promise<BreakGlassAccess | undefined> {
  const [row] = await queryRows(
    tx,
    sql`update break_glass_accesses b set ended_at = now()
      where b.gst_id = ${gstId} and b.id = ${id} and b.ended_at is null and b.expires_at > now()
      returning ${breakGlassColumns}`,
  );
  return row ? toBreakGlassAccess(row) : undefined;
}

/**
 * Closes every access that ran out without being ended: its end is its expiry. Rows are locked by the update, so two
 * sweepers running at once never close (and audit) the same access twice.
 */
export async function endExpiredBreakGlassAccesses(
  tx: Tx,
): Promise<{ gstId: string; id: string; userId: string; patientId: string; expiresAt: string }[]> {
  const rows = await queryRows(
    tx,
    sql`update break_glass_accesses set ended_at = expires_at
      where ended_at is null and expires_at <= now()
      returning gst_id, id, user_id, patient_id, expires_at`,
  );
  return rows.map((row) => ({
    gstId: asText(row.gst_id),
    id: asText(row.id),
    userId: asText(row.user_id),
    patientId: asText(row.patient_id),
    expiresAt: toIso(row.expires_at as Date),
  }));
}

/** Records the DPO's decision on an access still pending review; `undefined` when it was already reviewed. */
export async function reviewBreakGlassAccess(
  tx: Tx,
  gstId: string,
  id: string,
  review: ReviewBreakGlassInput,
  reviewedBy: string,
): Promise<BreakGlassAccess | undefined> {
  const [row] = await queryRows(
    tx,
    sql`update break_glass_accesses b
      set review_status = ${review.decision}, review_note = ${review.note}, reviewed_by = ${reviewedBy},
        reviewed_at = now()
      where b.gst_id = ${gstId} and b.id = ${id} and b.review_status = 'pending'
      returning ${breakGlassColumns}`,
  );
  return row ? toBreakGlassAccess(row) : undefined;
}
