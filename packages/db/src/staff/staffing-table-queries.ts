import { sql } from 'drizzle-orm';
import { cadreSchema, type BudgetedPostInput, type StaffedAssignment } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';

/** The budgeted posts of a GST, or of one establishment of it. */
export async function listBudgetedPosts(
  executor: Executor,
  gstId: string,
  establishmentId: string | null,
): Promise<BudgetedPostInput[]> {
  const rows = await queryRows(
    executor,
    sql`select establishment_id, specialty_code, cadre, posts from budgeted_posts where gst_id = ${gstId}
      ${establishmentId === null ? sql`` : sql`and establishment_id = ${establishmentId}`}`,
  );
  return rows.map((row) => ({
    establishmentId: asText(row.establishment_id),
    specialtyCode: row.specialty_code === '' ? null : asTextOrNull(row.specialty_code),
    cadre: cadreSchema.parse(row.cadre),
    budgetedPosts: Number(row.posts),
  }));
}

/** The assignments in force on `day` with their person's cadre, as the staffing table counts them. */
export async function listStaffedAssignments(
  executor: Executor,
  gstId: string,
  establishmentId: string | null,
  day: string,
): Promise<StaffedAssignment[]> {
  const rows = await queryRows(
    executor,
    sql`select a.establishment_id, a.specialty_code, m.cadre, a.time_share, a.valid_from::text as valid_from,
        a.valid_to::text as valid_to
      from staff_assignments a join staff_members m on m.gst_id = a.gst_id and m.id = a.staff_member_id
      where a.gst_id = ${gstId} and a.valid_from <= ${day}::date and (a.valid_to is null or a.valid_to >= ${day}::date)
      ${establishmentId === null ? sql`` : sql`and a.establishment_id = ${establishmentId}`}`,
  );
  return rows.map((row) => ({
    establishmentId: asText(row.establishment_id),
    specialtyCode: asTextOrNull(row.specialty_code),
    cadre: cadreSchema.parse(row.cadre),
    timeShare: Number(row.time_share),
    validFrom: asText(row.valid_from),
    validTo: asTextOrNull(row.valid_to),
  }));
}

/** Replaces the budgeted posts of these establishments with `posts` (bulk, unnest). */
export async function replaceBudgetedPosts(
  tx: Tx,
  gstId: string,
  establishmentIds: readonly string[],
  posts: readonly BudgetedPostInput[],
  actorUserId: string | null,
): Promise<void> {
  await tx.execute(sql`delete from budgeted_posts where gst_id = ${gstId}
    and establishment_id = any(${sql.param(establishmentIds)}::uuid[])`);
  for (let start = 0; start < posts.length; start += 2_000) {
    const chunk = posts.slice(start, start + 2_000);
    const column = <T>(pick: (post: BudgetedPostInput) => T) => sql.param(chunk.map(pick));
    await tx.execute(sql`insert into budgeted_posts (gst_id, establishment_id, specialty_code, cadre, posts, updated_by)
      select ${gstId}::uuid, * from unnest(${column((p) => p.establishmentId)}::uuid[],
        ${column((p) => p.specialtyCode ?? '')}::text[], ${column((p) => p.cadre)}::text[],
        ${column((p) => p.budgetedPosts)}::numeric[], ${column(() => actorUserId)}::uuid[])`);
  }
}

/** Names of a GST's establishments by id (staffing table, import by code). */
export async function listEstablishmentNames(
  executor: Executor,
  gstId: string,
): Promise<{ id: string; code: string; nameFr: string; nameAr: string | null }[]> {
  const rows = await queryRows(
    executor,
    sql`select id, code, name_fr, name_ar from establishments where gst_id = ${gstId}`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    code: asText(row.code),
    nameFr: asText(row.name_fr),
    nameAr: asTextOrNull(row.name_ar),
  }));
}
