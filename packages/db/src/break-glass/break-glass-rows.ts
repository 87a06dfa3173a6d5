import { sql } from 'drizzle-orm';
import { breakGlassStateAt, type BreakGlassAccess } from '@tansiq/domain';
import { asText, asTextOrNull, toIso, toIsoOrNull } from '../lib/rows';

/** The columns every read of an access selects, from `break_glass_accesses b`. */
export const breakGlassColumns = sql`b.gst_id, b.id, b.patient_id, b.user_id, b.establishment_id, b.reason_code,
  b.reason_text, b.started_at, b.expires_at, b.ended_at, b.review_status, b.reviewed_by, b.reviewed_at, b.review_note`;

/** Maps a row of `breakGlassColumns` to the domain type; its state is computed now. */
export function toBreakGlassAccess(row: Record<string, unknown>): BreakGlassAccess {
  const expiresAt = toIso(row.expires_at as Date);
  const endedAt = toIsoOrNull(row.ended_at as Date | null);
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    patientId: asText(row.patient_id),
    userId: asText(row.user_id),
    establishmentId: asTextOrNull(row.establishment_id),
    reasonCode: asText(row.reason_code) as BreakGlassAccess['reasonCode'],
    reasonText: asText(row.reason_text),
    startedAt: toIso(row.started_at as Date),
    expiresAt,
    endedAt,
    state: breakGlassStateAt({ expiresAt, endedAt }),
    reviewStatus: asText(row.review_status) as BreakGlassAccess['reviewStatus'],
  };
}
