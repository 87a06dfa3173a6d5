import { sql } from 'drizzle-orm';
import type { MyRosterShift, RosterDayType, RosterStatus } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, queryRows } from '../lib/rows';
import {
  asDayType,
  asInteger,
  asLineKind,
  asRosterStatus,
  asTextArray,
  asTimestamp,
  asTimestampOrNull,
} from './roster-rows';

/** A stored roster, without its shifts. `report` is the optimiser's last report, as it wrote it. */
export interface RosterRecord {
  id: string;
  gstId: string;
  month: string;
  lineIds: string[];
  status: RosterStatus;
  version: number;
  report: unknown;
  publishedAt: string | null;
  updatedAt: string;
  shiftCount: number;
  gapCount: number;
}

/** A stored shift and its holder (null: a gap). */
export interface RosterShiftRecord {
  id: string;
  lineId: string;
  day: string;
  dayType: RosterDayType;
  startsAt: string;
  endsAt: string;
  staffId: string | null;
}

/** The set of lines of a roster as one key: the sorted ids. */
export const rosterLineKey = (lineIds: readonly string[]): string => [...lineIds].sort().join(',');

const rosterColumns = sql`r.id, r.gst_id, r.month, r.line_ids, r.status, r.version, r.report, r.published_at,
  r.updated_at,
  (select count(*) from roster_shifts s where s.gst_id = r.gst_id and s.roster_id = r.id) as shift_count,
  (select count(*) from roster_shifts s where s.gst_id = r.gst_id and s.roster_id = r.id
    and s.staff_member_id is null) as gap_count`;

function toRosterRecord(row: Record<string, unknown>): RosterRecord {
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    month: asText(row.month),
    lineIds: asTextArray(row.line_ids),
    status: asRosterStatus(row.status),
    version: asInteger(row.version),
    report: row.report ?? null,
    publishedAt: asTimestampOrNull(row.published_at),
    updatedAt: asTimestamp(row.updated_at),
    shiftCount: asInteger(row.shift_count),
    gapCount: asInteger(row.gap_count),
  };
}

/** A roster by id, in any GST (the caller authorizes), or undefined. */
export async function findRosterById(executor: Executor, id: string): Promise<RosterRecord | undefined> {
  const rows = await queryRows(executor, sql`select ${rosterColumns} from rosters r where r.id = ${id}`);
  return rows[0] ? toRosterRecord(rows[0]) : undefined;
}

/** The rosters of a GST, newest month first, optionally of one month. */
export async function listRosters(executor: Executor, gstId: string, month: string | null): Promise<RosterRecord[]> {
  const rows = await queryRows(
    executor,
    sql`select ${rosterColumns} from rosters r
      where r.gst_id = ${gstId} and (${month}::text is null or r.month = ${month})
      order by r.month desc, r.created_at`,
  );
  return rows.map(toRosterRecord);
}

/** The rosters of a month that share a line with `lineIds` (a line is on one roster per month). */
export async function findRostersSharingLines(
  executor: Executor,
  gstId: string,
  month: string,
  lineIds: readonly string[],
): Promise<RosterRecord[]> {
  const rows = await queryRows(
    executor,
    sql`select ${rosterColumns} from rosters r
      where r.gst_id = ${gstId} and r.month = ${month} and r.line_ids && ${sql.param([...lineIds])}::uuid[]`,
  );
  return rows.map(toRosterRecord);
}

/** The shifts of a roster in time order. */
export async function listRosterShifts(
  executor: Executor,
  gstId: string,
  rosterId: string,
): Promise<RosterShiftRecord[]> {
  const rows = await queryRows(
    executor,
    sql`select shift_id, line_id, day::text as day, day_type, starts_at, ends_at, staff_member_id from roster_shifts
      where gst_id = ${gstId} and roster_id = ${rosterId} order by starts_at, line_id, shift_id`,
  );
  return rows.map((row) => ({
    id: asText(row.shift_id),
    lineId: asText(row.line_id),
    day: asText(row.day),
    dayType: asDayType(row.day_type),
    startsAt: asTimestamp(row.starts_at),
    endsAt: asTimestamp(row.ends_at),
    staffId: row.staff_member_id == null ? null : asText(row.staff_member_id),
  }));
}

/** Creates a draft roster, or resets a draft to version + 1; its shifts are then written by `replaceRosterShifts`. */
export async function upsertDraftRoster(
  tx: Tx,
  roster: { gstId: string; id: string; month: string; lineIds: readonly string[]; report: unknown },
  userId: string,
): Promise<void> {
  await tx.execute(sql`insert into rosters (gst_id, id, month, line_ids, line_key, report, created_by)
    values (${roster.gstId}, ${roster.id}, ${roster.month}, ${sql.param([...roster.lineIds])}::uuid[],
      ${rosterLineKey(roster.lineIds)}, ${JSON.stringify(roster.report)}::jsonb, ${userId})
    on conflict (gst_id, id) do update set report = excluded.report, version = rosters.version + 1,
      updated_at = now()`);
}

/** Replaces all the shifts of a roster (bulk, with `unnest`). */
export async function replaceRosterShifts(
  tx: Tx,
  gstId: string,
  rosterId: string,
  shifts: readonly RosterShiftRecord[],
): Promise<void> {
  await tx.execute(sql`delete from roster_shifts where gst_id = ${gstId} and roster_id = ${rosterId}`);
  const column = (pick: (shift: RosterShiftRecord) => string | null) => sql.param(shifts.map(pick));
  await tx.execute(sql`insert into roster_shifts (gst_id, roster_id, shift_id, line_id, day, day_type, starts_at,
      ends_at, staff_member_id)
    select ${gstId}, ${rosterId}, s.shift_id, s.line_id, s.day, s.day_type, s.starts_at, s.ends_at, s.staff_id
    from unnest(${column((shift) => shift.id)}::text[], ${column((shift) => shift.lineId)}::uuid[],
      ${column((shift) => shift.day)}::date[], ${column((shift) => shift.dayType)}::text[],
      ${column((shift) => shift.startsAt)}::timestamptz[], ${column((shift) => shift.endsAt)}::timestamptz[],
      ${column((shift) => shift.staffId)}::uuid[])
      as s(shift_id, line_id, day, day_type, starts_at, ends_at, staff_id)`);
}

/** Sets the holders of some shifts (null empties one). */
export async function setRosterShiftHolders(
  tx: Tx,
  gstId: string,
  rosterId: string,
  changes: readonly { shiftId: string; staffId: string | null }[],
): Promise<void> {
  await tx.execute(sql`update roster_shifts s set staff_member_id = c.staff_id
    from unnest(${sql.param(changes.map((change) => change.shiftId))}::text[],
      ${sql.param(changes.map((change) => change.staffId))}::uuid[]) as c(shift_id, staff_id)
    where s.gst_id = ${gstId} and s.roster_id = ${rosterId} and s.shift_id = c.shift_id`);
}

/**
 * Moves a roster to its next version if it is still at `version`, optionally publishing it and saving a report;
 * false when someone changed it since.
 */
export async function bumpRosterVersion(
  tx: Tx,
  roster: { gstId: string; id: string; version: number },
  change: { publishedBy?: string; report?: unknown },
): Promise<boolean> {
  const publish = change.publishedBy ?? null;
  const report = change.report === undefined ? null : JSON.stringify(change.report);
  const rows = await queryRows(
    tx,
    sql`update rosters set version = version + 1, updated_at = now(),
        status = case when ${publish}::uuid is null then status else 'published' end,
        published_at = case when ${publish}::uuid is null then published_at else now() end,
        published_by = coalesce(${publish}::uuid, published_by),
        report = coalesce(${report}::jsonb, report)
      where gst_id = ${roster.gstId} and id = ${roster.id} and version = ${roster.version} returning id`,
  );
  return rows.length > 0;
}

/** The published shifts of the staff member linked to a user account, in a month, in time order. */
export async function listPublishedShiftsOfUser(
  executor: Executor,
  userId: string,
  month: string,
): Promise<MyRosterShift[]> {
  const rows = await queryRows(
    executor,
    sql`select s.roster_id, s.shift_id, l.name, l.kind, s.day::text as day, s.starts_at, s.ends_at
      from staff_members m
      join roster_shifts s on s.gst_id = m.gst_id and s.staff_member_id = m.id
      join rosters r on r.gst_id = s.gst_id and r.id = s.roster_id and r.status = 'published' and r.month = ${month}
      join roster_lines l on l.gst_id = s.gst_id and l.id = s.line_id
      where m.user_id = ${userId}
      order by s.starts_at`,
  );
  return rows.map((row) => ({
    rosterId: asText(row.roster_id),
    shiftId: asText(row.shift_id),
    lineName: asText(row.name),
    kind: asLineKind(row.kind),
    day: asText(row.day),
    startsAt: asTimestamp(row.starts_at),
    endsAt: asTimestamp(row.ends_at),
  }));
}

/**
 * The on-call lines a staff member holds shifts on between two days (both included), draft or published rosters,
 * with the number of days on duty: what a mobility over that period would leave uncovered.
 */
export async function listStaffDutiesBetween(
  executor: Executor,
  gstId: string,
  staffMemberId: string,
  fromDay: string,
  toDay: string | null,
): Promise<{ lineId: string; name: string; dutyDays: number }[]> {
  const rows = await queryRows(
    executor,
    sql`select l.id as line_id, l.name, count(distinct s.day)::int as duty_days
      from roster_shifts s
        join rosters r on r.gst_id = s.gst_id and r.id = s.roster_id
        join roster_lines l on l.gst_id = s.gst_id and l.id = s.line_id
      where s.gst_id = ${gstId} and s.staff_member_id = ${staffMemberId} and s.day >= ${fromDay}::date
        and (${toDay}::date is null or s.day <= ${toDay}::date)
      group by l.id, l.name
      order by l.name`,
  );
  return rows.map((row) => ({ lineId: asText(row.line_id), name: asText(row.name), dutyDays: Number(row.duty_days) }));
}

/**
 * Takes a staff member off their shifts between two days (both included; `toDay` null: onwards) on lines that do not
 * serve `keepEstablishmentId`, in draft or published rosters: the shifts become gaps and each roster touched moves to
 * its next version (an editor holding the old one gets a conflict). Returns the shifts released, in time order.
 */
export async function releaseStaffShiftsBetween(
  tx: Tx,
  gstId: string,
  staffMemberId: string,
  period: { fromDay: string; toDay: string | null; keepEstablishmentId: string },
): Promise<{ rosterId: string; shiftId: string; lineId: string; lineName: string; day: string }[]> {
  const { fromDay, toDay, keepEstablishmentId } = period;
  const rows = await queryRows(
    tx,
    sql`with released as (
        update roster_shifts s set staff_member_id = null
        from roster_lines l
        where s.gst_id = ${gstId} and s.staff_member_id = ${staffMemberId} and s.day >= ${fromDay}::date
          and (${toDay}::date is null or s.day <= ${toDay}::date)
          and l.gst_id = s.gst_id and l.id = s.line_id and not (${keepEstablishmentId}::uuid = any(l.establishment_ids))
        returning s.roster_id, s.shift_id, s.line_id, l.name, s.day, s.starts_at
      ), bumped as (
        -- runs even though nothing reads it (a data-modifying WITH always runs to completion)
        update rosters r set version = version + 1, updated_at = now()
        where r.gst_id = ${gstId} and r.id in (select roster_id from released)
      )
      select roster_id, shift_id, line_id, name, day::text as day
      from released order by starts_at`,
  );
  return rows.map((row) => ({
    rosterId: asText(row.roster_id),
    shiftId: asText(row.shift_id),
    lineId: asText(row.line_id),
    lineName: asText(row.name),
    day: asText(row.day),
  }));
}
