import { sql, type SQL } from 'drizzle-orm';
import {
  normaliseSearchText,
  staffMemberChangeSchema,
  type ListStaffQuery,
  type StaffMember,
  type StaffMemberChange,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';
import { staffMemberColumns, toStaffMember } from './staff-member-rows';

/** A staff member, wherever they are; `undefined` when no such id exists. */
export async function findStaffMemberById(executor: Executor, id: string): Promise<StaffMember | undefined> {
  const [row] = await queryRows(executor, sql`select ${staffMemberColumns} from staff_members m where m.id = ${id}`);
  return row ? toStaffMember(row) : undefined;
}

/** The staff record linked to a user account in a GST, if any. */
export async function findStaffMemberByUserId(
  executor: Executor,
  gstId: string,
  userId: string,
): Promise<StaffMember | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select ${staffMemberColumns} from staff_members m where m.gst_id = ${gstId} and m.user_id = ${userId}`,
  );
  return row ? toStaffMember(row) : undefined;
}

/** The staff members of a GST with these staff ids or CINs (import checks), keyed by both. */
export async function findStaffMembersByKeys(
  executor: Executor,
  gstId: string,
  keys: { staffNumbers: readonly string[]; cins: readonly string[] },
): Promise<StaffMember[]> {
  const rows = await queryRows(
    executor,
    sql`select ${staffMemberColumns} from staff_members m where m.gst_id = ${gstId}
      and (m.staff_number = any(${sql.param(keys.staffNumbers)}::text[]) or m.cin = any(${sql.param(keys.cins)}::text[]))`,
  );
  return rows.map(toStaffMember);
}

/** What the list needs beyond the record: establishments in force on the day, for the access view. */
export interface StaffListRow {
  member: StaffMember;
  establishmentIds: string[];
  primaryEstablishment: { id: string; nameFr: string; nameAr: string | null } | null;
}

function listConditions(filters: ListStaffQuery, day: string): SQL[] {
  const conditions: SQL[] = [sql`m.gst_id = ${filters.gstId}`];
  const inForce = sql`a.valid_from <= ${day}::date and (a.valid_to is null or a.valid_to >= ${day}::date)`;
  if (filters.establishmentId) {
    conditions.push(sql`exists (select 1 from staff_assignments a where a.gst_id = m.gst_id
      and a.staff_member_id = m.id and a.establishment_id = ${filters.establishmentId} and ${inForce})`);
  }
  if (filters.provinceCode) {
    conditions.push(sql`exists (select 1 from staff_assignments a join establishments e on e.gst_id = a.gst_id
      and e.id = a.establishment_id where a.gst_id = m.gst_id and a.staff_member_id = m.id
      and e.province_code = ${filters.provinceCode} and ${inForce})`);
  }
  if (filters.cadre) {
    conditions.push(sql`m.cadre = ${filters.cadre}`);
  }
  if (filters.employmentStatus) {
    conditions.push(sql`m.employment_status = ${filters.employmentStatus}`);
  }
  const text = normaliseSearchText(filters.q ?? '');
  if (text !== '') {
    conditions.push(sql`m.search_text like ${`%${text.replace(/[%_\\]/g, '\\$&')}%`}`);
  }
  return conditions;
}

/** A page of a GST's staff, by family name, with the establishments each works in on `day`. */
export async function listStaffMembers(
  executor: Executor,
  filters: ListStaffQuery,
  day: string,
): Promise<{ rows: StaffListRow[]; total: number }> {
  const where = sql.join(listConditions(filters, day), sql` and `);
  const [count] = await queryRows(executor, sql`select count(*)::int as total from staff_members m where ${where}`);
  const rows = await queryRows(
    executor,
    sql`select ${staffMemberColumns},
        coalesce((select array_agg(a.establishment_id::text) from staff_assignments a where a.gst_id = m.gst_id
          and a.staff_member_id = m.id and a.valid_from <= ${day}::date
          and (a.valid_to is null or a.valid_to >= ${day}::date)), '{}') as establishment_ids,
        p.id as primary_id, p.name_fr as primary_name_fr, p.name_ar as primary_name_ar
      from staff_members m
      left join lateral (select e.id, e.name_fr, e.name_ar from staff_assignments a join establishments e
          on e.gst_id = a.gst_id and e.id = a.establishment_id
        where a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary' and a.valid_from <= ${day}::date
          and (a.valid_to is null or a.valid_to >= ${day}::date) limit 1) p on true
      where ${where}
      order by coalesce(m.family_name_latin, m.family_name_arabic), m.given_name_latin, m.id
      limit ${filters.pageSize} offset ${(filters.page - 1) * filters.pageSize}`,
  );
  return {
    total: Number(count?.total ?? 0),
    rows: rows.map((row) => ({
      member: toStaffMember(row),
      establishmentIds: (row.establishment_ids as string[]).map(String),
      primaryEstablishment:
        row.primary_id == null
          ? null
          : {
              id: asText(row.primary_id),
              nameFr: asText(row.primary_name_fr),
              nameAr: asTextOrNull(row.primary_name_ar),
            },
    })),
  };
}

/** Every staff member of a GST (the CSV export), by staff id. */
export async function listAllStaffMembers(executor: Executor, gstId: string): Promise<StaffMember[]> {
  const rows = await queryRows(
    executor,
    sql`select ${staffMemberColumns} from staff_members m where m.gst_id = ${gstId} order by m.staff_number`,
  );
  return rows.map(toStaffMember);
}

/** The history of a staff record, newest first, with the name of who changed it. */
export async function listStaffMemberChanges(
  executor: Executor,
  gstId: string,
  staffMemberId: string,
): Promise<StaffMemberChange[]> {
  const rows = await queryRows(
    executor,
    sql`select c.version, c.action, c.changed_by, u.display_name, c.changed_at, c.changes
      from staff_member_changes c left join users u on u.id = c.changed_by
      where c.gst_id = ${gstId} and c.staff_member_id = ${staffMemberId} order by c.version desc`,
  );
  return rows.map((row) => ({
    version: Number(row.version),
    action: asText(row.action),
    changedBy: asTextOrNull(row.changed_by),
    changedByName: asTextOrNull(row.display_name),
    changedAt: toIso(row.changed_at as Date | string),
    changes: staffMemberChangeSchema.shape.changes.parse(row.changes ?? {}),
  }));
}
