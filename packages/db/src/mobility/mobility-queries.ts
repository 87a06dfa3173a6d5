import { sql } from 'drizzle-orm';
import type { AssignmentPeriod, Cadre, LeaveKind, LeavePeriod, StaffAssignmentKind } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';

/** What a mobility reads of its staff member: identity, employment, assignments and leave (cancelled leave left out). */
export interface MobilityStaffSchedule {
  id: string;
  gstId: string;
  staffNumber: string;
  displayName: string;
  cadre: Cadre;
  userId: string | null;
  employment: { employedFrom: string; employedTo: string | null };
  assignments: (AssignmentPeriod & { id: string; specialtyCode: string | null; sourceRequestId: string | null })[];
  leaves: LeavePeriod[];
}

const names = (row: Record<string, unknown>) =>
  [row.given_name_latin, row.family_name_latin].filter((part) => typeof part === 'string').join(' ') ||
  [row.given_name_arabic, row.family_name_arabic].filter((part) => typeof part === 'string').join(' ');

/** A staff member's schedule in a GST; undefined when there is no such staff member. */
export async function findMobilityStaffSchedule(
  executor: Executor,
  gstId: string,
  staffMemberId: string,
): Promise<MobilityStaffSchedule | undefined> {
  const [member] = await queryRows(
    executor,
    sql`select * from staff_members where gst_id = ${gstId} and id = ${staffMemberId}`,
  );
  if (!member) {
    return undefined;
  }
  const assignments = await queryRows(
    executor,
    sql`select * from staff_assignments where gst_id = ${gstId} and staff_member_id = ${staffMemberId}
      order by valid_from, id`,
  );
  const leaves = await queryRows(
    executor,
    sql`select * from staff_leaves where gst_id = ${gstId} and staff_member_id = ${staffMemberId}
      and cancelled_at is null order by starts_on, id`,
  );
  return {
    id: staffMemberId,
    gstId,
    staffNumber: asText(member.staff_number),
    displayName: names(member),
    cadre: asText(member.cadre) as Cadre,
    userId: asTextOrNull(member.user_id),
    employment: { employedFrom: asText(member.employed_from), employedTo: asTextOrNull(member.employed_to) },
    assignments: assignments.map((row) => ({
      id: asText(row.id),
      establishmentId: asText(row.establishment_id),
      specialtyCode: asTextOrNull(row.specialty_code),
      kind: asText(row.kind) as StaffAssignmentKind,
      timeShare: Number(row.time_share),
      validFrom: asText(row.valid_from),
      validTo: asTextOrNull(row.valid_to),
      sourceRequestId: asTextOrNull(row.source_request_id),
    })),
    leaves: leaves.map((row) => ({
      id: asText(row.id),
      kind: asText(row.kind) as LeaveKind,
      startsOn: asText(row.starts_on),
      endsOn: asText(row.ends_on),
    })),
  };
}

/** Full-time equivalents per establishment and cadre on a day (sum of the time shares in force, over 100). */
export async function listFteByCadre(
  executor: Executor,
  gstId: string,
  establishmentIds: readonly string[],
  day: string,
): Promise<{ establishmentId: string; cadre: Cadre; fte: number }[]> {
  const rows = await queryRows(
    executor,
    sql`select a.establishment_id, m.cadre, sum(a.time_share)::float / 100 as fte
      from staff_assignments a join staff_members m on m.gst_id = a.gst_id and m.id = a.staff_member_id
      where a.gst_id = ${gstId} and a.establishment_id in (${sql.join(
        establishmentIds.map((id) => sql`${id}`),
        sql`, `,
      )}) and a.valid_from <= ${day} and (a.valid_to is null or a.valid_to >= ${day})
      group by a.establishment_id, m.cadre order by a.establishment_id, m.cadre`,
  );
  return rows.map((row) => ({
    establishmentId: asText(row.establishment_id),
    cadre: asText(row.cadre) as Cadre,
    fte: Number(row.fte),
  }));
}

/** Stores an assignment created by an approved request (`sourceRequestId`). */
export async function insertMobilityAssignment(
  tx: Tx,
  gstId: string,
  assignment: AssignmentPeriod & { id: string; staffMemberId: string; specialtyCode: string | null },
  sourceRequestId: string,
  createdBy: string,
): Promise<void> {
  await tx.execute(sql`insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, specialty_code,
      kind, time_share, valid_from, valid_to, source_request_id, created_by)
    values (${gstId}, ${assignment.id}, ${assignment.staffMemberId}, ${assignment.establishmentId},
      ${assignment.specialtyCode}, ${assignment.kind}, ${assignment.timeShare}, ${assignment.validFrom},
      ${assignment.validTo}, ${sourceRequestId}, ${createdBy})`);
}

/** Ends an assignment on its last day (a permanent transfer ends the old primary one). */
export async function endMobilityAssignment(tx: Tx, gstId: string, id: string, validTo: string): Promise<void> {
  await tx.execute(sql`update staff_assignments set valid_to = ${validTo}, updated_at = now()
    where gst_id = ${gstId} and id = ${id}`);
}

/** A staff member as the mobility form lists them. */
export interface MobilityStaffOption {
  id: string;
  displayName: string;
  cadre: Cadre;
  staffNumber: string;
  establishmentId: string;
}

/** The staff assigned at an establishment on a day (`establishmentId`), or the staff member linked to a user. */
export async function listMobilityStaffOptions(
  executor: Executor,
  gstId: string,
  filter: { establishmentId: string } | { userId: string },
  day: string,
): Promise<MobilityStaffOption[]> {
  const where =
    'establishmentId' in filter
      ? sql`a.establishment_id = ${filter.establishmentId}`
      : sql`m.user_id = ${filter.userId} and a.kind = 'primary'`;
  const rows = await queryRows(
    executor,
    sql`select distinct on (m.id) m.*, a.establishment_id from staff_members m
      join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id
      where m.gst_id = ${gstId} and ${where} and a.valid_from <= ${day} and (a.valid_to is null or a.valid_to >= ${day})
      order by m.id, a.kind desc limit 1000`,
  );
  return rows
    .map((row) => ({
      id: asText(row.id),
      displayName: names(row),
      cadre: asText(row.cadre) as Cadre,
      staffNumber: asText(row.staff_number),
      establishmentId: asText(row.establishment_id),
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The open establishments of a GST (the destinations a mobility may go to), by name. */
export async function listOpenEstablishmentNames(
  executor: Executor,
  gstId: string,
): Promise<{ id: string; nameFr: string; nameAr: string | null }[]> {
  const rows = await queryRows(
    executor,
    sql`select id, name_fr, name_ar from establishments where gst_id = ${gstId} and status = 'active'
      order by name_fr, id limit 2000`,
  );
  return rows.map((row) => ({ id: asText(row.id), nameFr: asText(row.name_fr), nameAr: asTextOrNull(row.name_ar) }));
}
