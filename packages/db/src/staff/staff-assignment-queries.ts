import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  establishmentStatuses,
  leaveKinds,
  staffAssignmentKinds,
  type EstablishmentStanding,
  type StaffAssignmentDetail,
  type StaffAssignmentInput,
  type StaffLeaveDetail,
  type LeaveInput,
} from '@tansiq/domain';
import { z } from 'zod';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows, toIsoOrNull } from '../lib/rows';

const kindSchema = z.enum(staffAssignmentKinds);
const leaveKindSchema = z.enum(leaveKinds);

/** The assignments of one staff member (all of them, ended ones too), oldest first, with their establishment. */
export async function listStaffAssignments(
  executor: Executor,
  gstId: string,
  staffMemberId: string,
): Promise<StaffAssignmentDetail[]> {
  const rows = await queryRows(
    executor,
    sql`select a.id, a.staff_member_id, a.establishment_id, a.specialty_code, a.kind, a.time_share,
        a.valid_from::text as valid_from, a.valid_to::text as valid_to, e.name_fr, e.name_ar
      from staff_assignments a join establishments e on e.gst_id = a.gst_id and e.id = a.establishment_id
      where a.gst_id = ${gstId} and a.staff_member_id = ${staffMemberId} order by a.valid_from, a.kind desc, a.id`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    staffMemberId: asText(row.staff_member_id),
    establishmentId: asText(row.establishment_id),
    specialtyCode: asTextOrNull(row.specialty_code),
    kind: kindSchema.parse(row.kind),
    timeShare: Number(row.time_share),
    validFrom: asText(row.valid_from),
    validTo: asTextOrNull(row.valid_to),
    establishment: { id: asText(row.establishment_id), nameFr: asText(row.name_fr), nameAr: asTextOrNull(row.name_ar) },
  }));
}

/** A new assignment row; `id` chosen by the caller. */
export interface StaffAssignmentWrite extends StaffAssignmentInput {
  id: string;
  staffMemberId: string;
}

/** Inserts assignments in bulk (unnest, STYLE §7): forms, import and the demo. */
export async function insertStaffAssignments(
  tx: Tx,
  gstId: string,
  writes: readonly StaffAssignmentWrite[],
  actorUserId: string | null,
): Promise<void> {
  for (let start = 0; start < writes.length; start += 1_000) {
    const chunk = writes.slice(start, start + 1_000);
    const column = <T>(pick: (write: StaffAssignmentWrite) => T) => sql.param(chunk.map(pick));
    await tx.execute(sql`insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, specialty_code,
        kind, time_share, valid_from, valid_to, created_by)
      select ${gstId}::uuid, * from unnest(${column((w) => w.id)}::uuid[], ${column((w) => w.staffMemberId)}::uuid[],
        ${column((w) => w.establishmentId)}::uuid[], ${column((w) => w.specialtyCode)}::text[],
        ${column((w) => w.kind)}::text[], ${column((w) => w.timeShare)}::int[], ${column((w) => w.validFrom)}::date[],
        ${column((w) => w.validTo)}::date[], ${column(() => actorUserId)}::uuid[])`);
  }
}

/** Sets the last day of an assignment. */
export async function endStaffAssignment(tx: Tx, gstId: string, id: string, validTo: string): Promise<void> {
  await tx.execute(sql`update staff_assignments set valid_to = ${validTo}, updated_at = now()
    where gst_id = ${gstId} and id = ${id}`);
}

/** What the assignment rules need to know of establishments: status and closing day. */
export async function listEstablishmentStandings(
  executor: Executor,
  gstId: string,
  ids: readonly string[],
): Promise<EstablishmentStanding[]> {
  const rows = await queryRows(
    executor,
    sql`select id, status, closed_on::text as closed_on from establishments
      where gst_id = ${gstId} and id = any(${sql.param(ids)}::uuid[])`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    status: z.enum(establishmentStatuses).parse(row.status),
    closedOn: asTextOrNull(row.closed_on),
  }));
}

/** The leaves of a staff member, cancelled ones too, oldest first. */
export async function listStaffLeaves(
  executor: Executor,
  gstId: string,
  staffMemberId: string,
): Promise<StaffLeaveDetail[]> {
  const rows = await queryRows(
    executor,
    sql`select id, staff_member_id, kind, starts_on::text as starts_on, ends_on::text as ends_on, note, cancelled_at
      from staff_leaves where gst_id = ${gstId} and staff_member_id = ${staffMemberId} order by starts_on, id`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    staffMemberId: asText(row.staff_member_id),
    kind: leaveKindSchema.parse(row.kind),
    startsOn: asText(row.starts_on),
    endsOn: asText(row.ends_on),
    note: asTextOrNull(row.note),
    cancelledAt: toIsoOrNull(row.cancelled_at as Date | string | null),
  }));
}

/** A new leave row. */
export interface StaffLeaveWrite extends LeaveInput {
  id?: string;
  staffMemberId: string;
}

/** Inserts leaves in bulk (unnest): forms and the demo. Returns their ids. */
export async function insertStaffLeaves(
  tx: Tx,
  gstId: string,
  writes: readonly StaffLeaveWrite[],
  actorUserId: string | null,
): Promise<string[]> {
  const ids = writes.map((write) => write.id ?? randomUUID());
  const column = <T>(pick: (write: StaffLeaveWrite) => T) => sql.param(writes.map(pick));
  await tx.execute(sql`insert into staff_leaves (gst_id, id, staff_member_id, kind, starts_on, ends_on, note, created_by)
    select ${gstId}::uuid, * from unnest(${sql.param(ids)}::uuid[], ${column((w) => w.staffMemberId)}::uuid[],
      ${column((w) => w.kind)}::text[], ${column((w) => w.startsOn)}::date[], ${column((w) => w.endsOn)}::date[],
      ${column((w) => w.note)}::text[], ${column(() => actorUserId)}::uuid[])`);
  return ids;
}

/** Marks a leave cancelled (kept for the history). */
export async function cancelStaffLeave(tx: Tx, gstId: string, id: string): Promise<void> {
  await tx.execute(sql`update staff_leaves set cancelled_at = now() where gst_id = ${gstId} and id = ${id}`);
}

/** Locks a staff member's row for the rest of the transaction, so two assignment or leave changes run one at a time. */
export async function lockStaffMember(tx: Tx, gstId: string, id: string): Promise<void> {
  await tx.execute(sql`select 1 from staff_members where gst_id = ${gstId} and id = ${id} for update`);
}
