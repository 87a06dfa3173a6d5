import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  approvalStatuses,
  cadreSchema,
  establishmentTypes,
  type ApprovalRequestRecord,
  type HeadcountMember,
  type HrDashboardEstablishment,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIsoOrNull } from '../lib/rows';

/**
 * Aggregate reads of the HR dashboards (issue #5 §9). Each reads one GST; the use case narrows to the actor's scope.
 * Nothing here returns a person's name.
 */

/** The GST's establishments with their province and position (labels and map ends of the dashboards). */
export async function listHrDashboardEstablishments(
  executor: Executor,
  gstId: string,
): Promise<HrDashboardEstablishment[]> {
  const rows = await queryRows(
    executor,
    sql`select id, code, name_fr, name_ar, type, province_code, lon, lat from establishments where gst_id = ${gstId}
      order by name_fr, id`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    code: asText(row.code),
    nameFr: asText(row.name_fr),
    nameAr: asTextOrNull(row.name_ar),
    type: establishmentTypeSchema.parse(row.type),
    provinceCode: asText(row.province_code),
    lon: Number(row.lon),
    lat: Number(row.lat),
  }));
}

/**
 * The people employed on `day`, each once, where their primary assignment in force that day is (the staff headcount
 * rule). People without a primary assignment that day are not counted.
 */
export async function listHeadcountMembers(executor: Executor, gstId: string, day: string): Promise<HeadcountMember[]> {
  const rows = await queryRows(
    executor,
    sql`select distinct on (m.id) m.cadre, a.establishment_id, e.province_code
      from staff_members m
      join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary'
        and a.valid_from <= ${day}::date and (a.valid_to is null or a.valid_to >= ${day}::date)
      join establishments e on e.gst_id = a.gst_id and e.id = a.establishment_id
      where m.gst_id = ${gstId} and m.employed_from <= ${day}::date
        and (m.employed_to is null or m.employed_to >= ${day}::date)
      order by m.id, a.valid_from desc, a.id`,
  );
  return rows.map((row) => ({
    cadre: cadreSchema.parse(row.cadre),
    establishmentId: asText(row.establishment_id),
    provinceCode: asText(row.province_code),
  }));
}

/** What the dashboards read of an approval request: no subject, no requester. */
export type HrDashboardRequest = Pick<
  ApprovalRequestRecord,
  'id' | 'type' | 'status' | 'originEstablishmentId' | 'destinationEstablishmentId' | 'firstSubmittedAt' | 'decidedAt'
>;

const establishmentTypeSchema = z.enum(establishmentTypes);
const approvalStatusSchema = z.enum(approvalStatuses);

const toRequest = (row: Record<string, unknown>): HrDashboardRequest => ({
  id: asText(row.id),
  type: asText(row.type),
  status: approvalStatusSchema.parse(row.status),
  originEstablishmentId: asText(row.origin_establishment_id),
  destinationEstablishmentId: asTextOrNull(row.destination_establishment_id),
  firstSubmittedAt: toIsoOrNull(row.first_submitted_at as Date | string | null),
  decidedAt: toIsoOrNull(row.decided_at as Date | string | null),
});

const requestColumns = sql`id, type, status, origin_establishment_id, destination_establishment_id, first_submitted_at,
  decided_at`;

/**
 * The requests first submitted from `from` (a day, Morocco) up to and including `to`, of every type or of one: the
 * window of mobility flows and times to decision. Day bounds are taken in Morocco's time zone.
 */
export async function listRequestsSubmittedBetween(
  executor: Executor,
  gstId: string,
  window: { from: string; to: string; type?: string },
): Promise<HrDashboardRequest[]> {
  const rows = await queryRows(
    executor,
    sql`select ${requestColumns} from approval_requests
      where gst_id = ${gstId} and first_submitted_at is not null
        and (first_submitted_at at time zone 'Africa/Casablanca')::date between ${window.from}::date and ${window.to}::date
        and (${window.type ?? null}::text is null or type = ${window.type ?? null})
      order by first_submitted_at, id`,
  );
  return rows.map(toRequest);
}

/** The requests waiting for a decision today (pending or returned), whenever they were submitted. */
export async function listWaitingRequests(executor: Executor, gstId: string): Promise<HrDashboardRequest[]> {
  const rows = await queryRows(
    executor,
    sql`select ${requestColumns} from approval_requests
      where gst_id = ${gstId} and status in ('pending', 'returned') and first_submitted_at is not null
      order by first_submitted_at, id`,
  );
  return rows.map(toRequest);
}

/** A roster line and its shifts in one month: unfilled shifts are the on-call gaps. */
export interface OnCallLineMonth {
  lineId: string;
  name: string;
  kind: 'garde' | 'astreinte';
  establishmentIds: string[];
  rosterId: string | null;
  rosterStatus: 'draft' | 'published' | null;
  shifts: number;
  gaps: number;
  gapDays: string[];
}

const textArray = (value: unknown): string[] =>
  (typeof value === 'string' ? (JSON.parse(value) as unknown[]) : Array.isArray(value) ? value : []).map(asText);

/**
 * Every active line of the GST (and any line rostered in the month) with its roster of the month, if any: shifts,
 * unfilled shifts and the days they fall on. A line without a roster has no shifts yet (null roster).
 */
export async function listOnCallLinesOfMonth(
  executor: Executor,
  gstId: string,
  month: string,
): Promise<OnCallLineMonth[]> {
  const rows = await queryRows(
    executor,
    sql`select l.id, l.name, l.kind, to_json(l.establishment_ids) as establishment_ids, r.id as roster_id,
        r.status as roster_status, count(s.shift_id)::int as shifts,
        (count(s.shift_id) filter (where s.staff_member_id is null))::int as gaps,
        to_json(coalesce(array_agg(distinct s.day::text) filter (where s.shift_id is not null and s.staff_member_id is null), '{}')) as gap_days
      from roster_lines l
      left join rosters r on r.gst_id = l.gst_id and r.month = ${month} and l.id = any(r.line_ids)
      left join roster_shifts s on s.gst_id = r.gst_id and s.roster_id = r.id and s.line_id = l.id
      where l.gst_id = ${gstId} and (l.is_active or r.id is not null)
      group by l.id, l.name, l.kind, l.establishment_ids, r.id, r.status
      order by l.name, l.id`,
  );
  return rows.map((row) => ({
    lineId: asText(row.id),
    name: asText(row.name),
    kind: row.kind === 'astreinte' ? 'astreinte' : 'garde',
    establishmentIds: textArray(row.establishment_ids),
    rosterId: asTextOrNull(row.roster_id),
    rosterStatus: row.roster_status === 'published' ? 'published' : row.roster_status === 'draft' ? 'draft' : null,
    shifts: Number(row.shifts),
    gaps: Number(row.gaps),
    gapDays: textArray(row.gap_days).sort(),
  }));
}
