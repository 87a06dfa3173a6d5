import { sql } from 'drizzle-orm';
import { addDays, daysOfMonth, moroccoInstant, rosterRulesSchema, type RosterRules } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';
import { asInteger, asTimestamp } from './roster-rows';

/** A staff member's assignment in force during the month at one of the lines' establishments. */
export interface RosterStaffRow {
  staffId: string;
  name: string;
  cadre: string;
  specialtyCode: string | null;
  employedFrom: string;
  employedTo: string | null;
  establishmentId: string;
  assignmentSpecialtyCode: string | null;
  timeShare: number;
}

/** Leave (days inclusive) or a shift of another published roster (instants), of the staff above. */
export interface RosterBusyRow {
  staffId: string;
  reason: 'leave' | 'training' | 'other_assignment';
  startsAt: string;
  endsAt: string;
  /** The kind of the other roster's line, for the rest owed after it. */
  lineKind: string | null;
}

/** Everything the roster problem of a month needs from the database, before it is composed. */
export interface RosterProblemRows {
  staff: RosterStaffRow[];
  busy: RosterBusyRow[];
  holidays: string[];
  gstRules: RosterRules;
}

const staffName = (row: Record<string, unknown>): string =>
  [row.given_name_latin, row.family_name_latin].filter((part) => typeof part === 'string' && part !== '').join(' ') ||
  [row.given_name_arabic, row.family_name_arabic].filter((part) => typeof part === 'string' && part !== '').join(' ') ||
  asText(row.staff_number);

async function loadStaff(executor: Executor, gstId: string, establishmentIds: readonly string[], month: string) {
  const days = daysOfMonth(month);
  const first = days[0] ?? `${month}-01`;
  const last = days[days.length - 1] ?? first;
  const rows = await queryRows(
    executor,
    sql`select m.id, m.staff_number, m.given_name_latin, m.family_name_latin, m.given_name_arabic,
        m.family_name_arabic, m.cadre, m.specialty_code, m.employed_from::text as employed_from,
        m.employed_to::text as employed_to, a.establishment_id, a.specialty_code as assignment_specialty_code,
        a.time_share
      from staff_members m
      join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id
      where m.gst_id = ${gstId} and a.establishment_id = any(${sql.param([...establishmentIds])}::uuid[])
        and a.valid_from <= ${last} and (a.valid_to is null or a.valid_to >= ${first})
        and m.employed_from <= ${last} and (m.employed_to is null or m.employed_to >= ${first})
      order by m.family_name_latin, m.given_name_latin, m.id`,
  );
  return rows.map((row): RosterStaffRow => ({
    staffId: asText(row.id),
    name: staffName(row),
    cadre: asText(row.cadre),
    specialtyCode: asTextOrNull(row.specialty_code),
    employedFrom: asText(row.employed_from),
    employedTo: asTextOrNull(row.employed_to),
    establishmentId: asText(row.establishment_id),
    assignmentSpecialtyCode: asTextOrNull(row.assignment_specialty_code),
    timeShare: asInteger(row.time_share),
  }));
}

async function loadBusy(
  executor: Executor,
  gstId: string,
  staffIds: readonly string[],
  month: string,
  excludeRosterId: string | null,
): Promise<RosterBusyRow[]> {
  const from = addDays(`${month}-01`, -3);
  const to = addDays(daysOfMonth(month).at(-1) ?? `${month}-28`, 3);
  const ids = sql.param([...staffIds]);
  const leaves = await queryRows(
    executor,
    sql`select staff_member_id, kind, starts_on::text as starts_on, ends_on::text as ends_on from staff_leaves
      where gst_id = ${gstId} and staff_member_id = any(${ids}::uuid[]) and cancelled_at is null
        and starts_on <= ${to} and ends_on >= ${from}`,
  );
  const shifts = await queryRows(
    executor,
    sql`select s.staff_member_id, s.starts_at, s.ends_at, l.kind from roster_shifts s
      join rosters r on r.gst_id = s.gst_id and r.id = s.roster_id and r.status = 'published'
      join roster_lines l on l.gst_id = s.gst_id and l.id = s.line_id
      where s.gst_id = ${gstId} and s.staff_member_id = any(${ids}::uuid[])
        and s.roster_id is distinct from ${excludeRosterId}::uuid
        and s.starts_at < ${moroccoInstant(to, '00:00').toISOString()}::timestamptz
        and s.ends_at > ${moroccoInstant(from, '00:00').toISOString()}::timestamptz`,
  );
  return [
    ...leaves.map((row): RosterBusyRow => ({
      staffId: asText(row.staff_member_id),
      reason: row.kind === 'training' ? 'training' : 'leave',
      startsAt: moroccoInstant(asText(row.starts_on), '00:00').toISOString(),
      endsAt: moroccoInstant(addDays(asText(row.ends_on), 1), '00:00').toISOString(),
      lineKind: null,
    })),
    ...shifts.map((row): RosterBusyRow => ({
      staffId: asText(row.staff_member_id),
      reason: 'other_assignment',
      startsAt: asTimestamp(row.starts_at),
      endsAt: asTimestamp(row.ends_at),
      lineKind: asText(row.kind),
    })),
  ];
}

/** The GST's roster rules, or the domain defaults. */
export async function getGstRosterRules(executor: Executor, gstId: string): Promise<RosterRules> {
  const rows = await queryRows(executor, sql`select rules from gst_roster_rules where gst_id = ${gstId}`);
  return rosterRulesSchema.parse(rows[0]?.rules ?? {});
}

/**
 * Reads what the roster of `month` for lines at `establishmentIds` depends on: the staff assigned there during the
 * month, their leave and their shifts on other published rosters (not `excludeRosterId`), the GST's holidays and rules.
 */
export async function loadRosterProblemRows(
  executor: Executor,
  input: { gstId: string; month: string; establishmentIds: readonly string[]; excludeRosterId: string | null },
): Promise<RosterProblemRows> {
  const staff = await loadStaff(executor, input.gstId, input.establishmentIds, input.month);
  const staffIds = [...new Set(staff.map((row) => row.staffId))];
  const busy = await loadBusy(executor, input.gstId, staffIds, input.month, input.excludeRosterId);
  const holidayRows = await queryRows(
    executor,
    sql`select day::text as day from gst_holidays where gst_id = ${input.gstId}
      and to_char(day, 'YYYY-MM') = ${input.month} order by day`,
  );
  return {
    staff,
    busy,
    holidays: holidayRows.map((row) => asText(row.day)),
    gstRules: await getGstRosterRules(executor, input.gstId),
  };
}

/** Sets the GST's roster rules (the defaults fill what is not given). */
export async function replaceGstRosterRules(tx: Tx, gstId: string, rules: RosterRules, userId: string): Promise<void> {
  await tx.execute(sql`insert into gst_roster_rules (gst_id, rules, updated_by)
    values (${gstId}, ${JSON.stringify(rules)}::jsonb, ${userId})
    on conflict (gst_id) do update set rules = excluded.rules, updated_by = excluded.updated_by, updated_at = now()`);
}
