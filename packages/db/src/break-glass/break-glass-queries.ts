import { sql, type SQL } from 'drizzle-orm';
import {
  breakGlassDurationMinutes,
  type BreakGlassAccess,
  type BreakGlassReviewItem,
  type BreakGlassReviewStatus,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIsoOrNull } from '../lib/rows';
import { breakGlassColumns, toBreakGlassAccess } from './break-glass-rows';

/**
 * The select of the user's running break-the-glass access (not ended, not expired) to one of the records `isRecord`
 * (SQL of `patient_id`) selects, as one JSON object `{ id, expires_at }` (or no row).
 */
export const activeBreakGlassSelect = (gstId: string, userId: string, isRecord: SQL): SQL =>
  sql`select json_build_object('id', id, 'expires_at', expires_at) from break_glass_accesses
    where gst_id = ${gstId} and user_id = ${userId} and ${isRecord} and ended_at is null and expires_at > now()
    order by expires_at desc limit 1`;

/** One access by id, whatever its GST (the caller authorizes after loading: 404 outside scope). */
export async function findBreakGlassAccessById(executor: Executor, id: string): Promise<BreakGlassAccess | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select ${breakGlassColumns} from break_glass_accesses b where b.id = ${id}`,
  );
  return row ? toBreakGlassAccess(row) : undefined;
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

function toReviewItem(row: Record<string, unknown>): BreakGlassReviewItem {
  const access = toBreakGlassAccess(row);
  const actions = json<{ action: string; count: number }[]>(row.actions);
  return {
    ...access,
    user: { id: access.userId, username: asText(row.username), displayName: asText(row.display_name) },
    establishment: access.establishmentId
      ? {
          id: access.establishmentId,
          code: asText(row.establishment_code),
          nameFr: asText(row.establishment_name_fr),
          nameAr: asTextOrNull(row.establishment_name_ar),
        }
      : null,
    patient: {
      id: access.patientId,
      regionalId: asText(row.regional_id),
      givenNameLatin: asTextOrNull(row.given_name_latin),
      familyNameLatin: asTextOrNull(row.family_name_latin),
      givenNameArabic: asTextOrNull(row.given_name_arabic),
      familyNameArabic: asTextOrNull(row.family_name_arabic),
    },
    durationMinutes: breakGlassDurationMinutes(access),
    auditEventCount: actions.reduce((sum, entry) => sum + Number(entry.count), 0),
    actions: actions.map((entry) => ({ action: entry.action, count: Number(entry.count) })),
    reviewedBy: row.reviewed_by ? { id: asText(row.reviewed_by), displayName: asText(row.reviewer_name) } : null,
    reviewedAt: toIsoOrNull(row.reviewed_at as Date | null),
    reviewNote: asTextOrNull(row.review_note),
  };
}

/**
 * The data-protection officer's list of accesses in these GSTs, newest first. With each one: the audit events its
 * user produced on the patient (or a record merged into it) while it ran, counted by action, so the review sees what
 * was done. The start and end events are left out: they say that the access happened, not what it was used for.
 */
export async function listBreakGlassAccesses(
  executor: Executor,
  scope: { gstIds: readonly string[] },
  query: { status?: BreakGlassReviewStatus; page: number; pageSize: number },
): Promise<{ items: BreakGlassReviewItem[]; total: number }> {
  if (scope.gstIds.length === 0) {
    return { items: [], total: 0 };
  }
  const conditions: SQL[] = [sql`b.gst_id = any(${sql.param([...scope.gstIds])}::uuid[])`];
  if (query.status) {
    conditions.push(sql`b.review_status = ${query.status}`);
  }
  const where = sql.join(conditions, sql` and `);
  const [count] = await queryRows(
    executor,
    sql`select count(*)::int as total from break_glass_accesses b where ${where}`,
  );
  const rows = await queryRows(
    executor,
    sql`select ${breakGlassColumns}, u.username, u.display_name, reviewer.display_name as reviewer_name,
        e.code as establishment_code, e.name_fr as establishment_name_fr, e.name_ar as establishment_name_ar,
        p.regional_id, p.given_name_latin, p.family_name_latin, p.given_name_arabic, p.family_name_arabic,
        coalesce(done.actions, '[]'::json) as actions
      from break_glass_accesses b
      join users u on u.id = b.user_id
      join patients p on p.gst_id = b.gst_id and p.id = b.patient_id
      left join users reviewer on reviewer.id = b.reviewed_by
      left join establishments e on e.gst_id = b.gst_id and e.id = b.establishment_id
      left join lateral (
        select json_agg(json_build_object('action', per_action.action, 'count', per_action.events)
            order by per_action.events desc, per_action.action) as actions
        from (
          select a.action, count(*)::int as events from audit_events a
          where a.actor_user_id = b.user_id
            and a.occurred_at >= b.started_at and a.occurred_at <= coalesce(b.ended_at, b.expires_at)
            and a.action not like 'patient.break\\_glass.%'
            and a.patient_id in (
              select b.patient_id::text
              union all
              select m.id::text from patients m where m.gst_id = b.gst_id and m.merged_into_id = b.patient_id)
          group by a.action) per_action
      ) done on true
      where ${where}
      order by b.started_at desc, b.id desc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { items: rows.map(toReviewItem), total: Number(count?.total ?? 0) };
}
