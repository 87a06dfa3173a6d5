import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { conflict, normaliseSearchText, type StaffMemberFields } from '@tansiq/domain';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';

/** One field's change in a staff record's history. */
export type StaffFieldChanges = Record<string, { from: unknown; to: unknown }>;

/** One staff member to write at `version`, with the history entry that explains it. */
export interface StaffMemberWrite {
  id: string;
  staffNumber: string;
  version: number;
  fields: StaffMemberFields;
  action: 'created' | 'updated' | 'imported';
  changes: StaffFieldChanges;
  isDemo?: boolean;
}

/** The fields that differ between two versions of a record (all of them against `null` for a new one). */
export function diffStaffFields(before: StaffMemberFields | null, after: StaffMemberFields): StaffFieldChanges {
  const changes: StaffFieldChanges = {};
  for (const key of Object.keys(after) as (keyof StaffMemberFields)[]) {
    const from = before === null ? null : before[key];
    if (JSON.stringify(from) !== JSON.stringify(after[key])) {
      changes[key] = { from, to: after[key] };
    }
  }
  return changes;
}

const searchTextOf = (write: StaffMemberWrite): string => {
  const f = write.fields;
  const names = [f.givenNameLatin, f.familyNameLatin, f.givenNameArabic, f.familyNameArabic, f.cin];
  return normaliseSearchText(`${write.staffNumber} ${names.filter((name) => name !== null).join(' ')}`);
};

const chunkSize = 500;

/**
 * Writes staff members and their history rows in bulk (unnest, STYLE §7): create, update, import and the demo go
 * through here. Optimistic locking: an existing row is updated only if its stored version is `version - 1`.
 * @throws AppError conflict when another change got there first.
 */
export async function writeStaffMembers(
  tx: Tx,
  gstId: string,
  writes: readonly StaffMemberWrite[],
  actorUserId: string | null,
): Promise<void> {
  for (let start = 0; start < writes.length; start += chunkSize) {
    await writeChunk(tx, gstId, writes.slice(start, start + chunkSize), actorUserId);
  }
}

async function writeChunk(tx: Tx, gstId: string, writes: readonly StaffMemberWrite[], actorUserId: string | null) {
  const column = <T>(pick: (write: StaffMemberWrite) => T) => sql.param(writes.map(pick));
  const field = <T>(pick: (fields: StaffMemberFields) => T) => column((write) => pick(write.fields));
  const written = await queryRows(
    tx,
    sql`insert into staff_members as m (gst_id, id, staff_number, version, given_name_latin, family_name_latin,
        given_name_arabic, family_name_arabic, search_text, cin, sex, birth_date, phone, email, cadre, specialty_code,
        technician_field, grade, step, employment_status, employed_from, employed_to, user_id, qualifications,
        is_demo, created_by)
      select ${gstId}::uuid, * from unnest(${column((w) => w.id)}::uuid[], ${column((w) => w.staffNumber)}::text[],
        ${column((w) => w.version)}::int[], ${field((f) => f.givenNameLatin)}::text[],
        ${field((f) => f.familyNameLatin)}::text[], ${field((f) => f.givenNameArabic)}::text[],
        ${field((f) => f.familyNameArabic)}::text[], ${column(searchTextOf)}::text[], ${field((f) => f.cin)}::text[],
        ${field((f) => f.sex)}::text[], ${field((f) => f.birthDate)}::date[], ${field((f) => f.phone)}::text[],
        ${field((f) => f.email)}::text[], ${field((f) => f.cadre)}::text[], ${field((f) => f.specialtyCode)}::text[],
        ${field((f) => f.technicianField)}::text[], ${field((f) => f.grade)}::text[], ${field((f) => f.step)}::int[],
        ${field((f) => f.employmentStatus)}::text[], ${field((f) => f.employedFrom)}::date[],
        ${field((f) => f.employedTo)}::date[], ${field((f) => f.userId)}::uuid[],
        ${field((f) => JSON.stringify(f.qualifications))}::jsonb[], ${column((w) => w.isDemo ?? false)}::bool[],
        ${column(() => actorUserId)}::uuid[])
      on conflict (gst_id, id) do update set version = excluded.version,
        given_name_latin = excluded.given_name_latin, family_name_latin = excluded.family_name_latin,
        given_name_arabic = excluded.given_name_arabic, family_name_arabic = excluded.family_name_arabic,
        search_text = excluded.search_text, cin = excluded.cin, sex = excluded.sex, birth_date = excluded.birth_date,
        phone = excluded.phone, email = excluded.email, cadre = excluded.cadre, specialty_code = excluded.specialty_code,
        technician_field = excluded.technician_field, grade = excluded.grade, step = excluded.step,
        employment_status = excluded.employment_status, employed_from = excluded.employed_from,
        employed_to = excluded.employed_to, user_id = excluded.user_id, qualifications = excluded.qualifications,
        updated_at = now()
      where m.version = excluded.version - 1
      returning m.id`,
  );
  if (written.length !== writes.length) {
    throw conflict('This staff record was changed by someone else in the meantime; reload it and try again');
  }
  await tx.execute(sql`insert into staff_member_changes (gst_id, id, staff_member_id, version, action, changed_by,
      changes)
    select ${gstId}::uuid, * from unnest(${column(() => randomUUID())}::uuid[], ${column((w) => w.id)}::uuid[],
      ${column((w) => w.version)}::int[], ${column((w) => w.action)}::text[], ${column(() => actorUserId)}::uuid[],
      ${column((w) => JSON.stringify(w.changes))}::jsonb[])`);
}

/** Takes the next serial of the GST's regional staff ids (`document_counters` kind 'staff', never reused). */
export async function nextStaffSerials(tx: Tx, gstId: string, count: number): Promise<number[]> {
  const [row] = await queryRows(
    tx,
    sql`insert into document_counters (gst_id, kind, year, value) values (${gstId}, 'staff', 0, ${count})
      on conflict (gst_id, kind, year) do update set value = document_counters.value + ${count}
      returning value`,
  );
  const last = Number(row?.value);
  return Array.from({ length: count }, (_, index) => last - count + 1 + index);
}
