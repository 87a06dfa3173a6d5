import { sql } from 'drizzle-orm';
import {
  cadreSchema,
  establishmentTypes,
  incentiveActivities,
  type Cadre,
  type EstablishmentType,
  type IncentiveActivity,
  type RecordedActivity,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';

/** A staff member who may have a statement in a month: employed in it, with their primary establishment then. */
export interface IncentiveStaffRow {
  staffMemberId: string;
  userId: string | null;
  cadre: Cadre;
  establishmentId: string | null;
}

/** A recorded activity with the staff member it belongs to. */
export interface StaffActivityRow {
  staffMemberId: string;
  activity: RecordedActivity;
}

/** First day of the month and first day of the next, as ISO dates. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 2000, monthNumber ?? 1, 1));
  return { from: `${month}-01`, to: next.toISOString().slice(0, 10) };
}

// Morocco midnight at a fixed UTC+1, as the WISN workload and referral indicators: the embedded database may lack the
// time zone data.
const at = (day: string) => sql`${`${day}T00:00:00+01:00`}::timestamptz`;

const typeOf = (value: unknown): EstablishmentType | null => {
  const text = asTextOrNull(value);
  return text !== null && (establishmentTypes as readonly string[]).includes(text) ? (text as EstablishmentType) : null;
};

/**
 * The staff employed during the month, with the establishment of their primary assignment in force in it (the latest
 * one starting before the month ends), optionally only those whose primary establishment is `establishmentId`.
 */
export async function listIncentiveStaff(
  executor: Executor,
  gstId: string,
  month: string,
  establishmentId?: string,
): Promise<IncentiveStaffRow[]> {
  const { from, to } = monthBounds(month);
  const rows = await queryRows(
    executor,
    sql`select m.id, m.user_id, m.cadre, p.establishment_id
      from staff_members m
      left join lateral (
        select a.establishment_id from staff_assignments a
        where a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary'
          and a.valid_from < ${to}::date and (a.valid_to is null or a.valid_to >= ${from}::date)
        order by a.valid_from desc limit 1) p on true
      where m.gst_id = ${gstId} and m.employed_from < ${to}::date
        and (m.employed_to is null or m.employed_to >= ${from}::date)
        ${establishmentId === undefined ? sql`` : sql`and p.establishment_id = ${establishmentId}`}`,
  );
  return rows.map((row) => ({
    staffMemberId: asText(row.id),
    userId: asTextOrNull(row.user_id),
    cadre: cadreSchema.parse(row.cadre),
    establishmentId: asTextOrNull(row.establishment_id),
  }));
}

function activityOf(value: unknown): IncentiveActivity {
  const found = incentiveActivities.find((activity) => activity === value);
  if (found === undefined) {
    throw new Error(`Unknown incentive activity ${String(value)}`);
  }
  return found;
}

// Hundreds of thousands of rows in a region's month: no per-row schema parse, establishment types from a map.
function toActivityRows(
  rows: Record<string, unknown>[],
  sourceType: RecordedActivity['sourceType'],
  types: ReadonlyMap<string, EstablishmentType>,
): StaffActivityRow[] {
  return rows.map((row) => {
    const establishmentId = asTextOrNull(row.establishment_id);
    return {
      staffMemberId: asText(row.staff_member_id),
      activity: {
        sourceType,
        sourceId: asText(row.source_id),
        activity: activityOf(row.activity),
        occurredAt: toIso(row.occurred_at as Date | string),
        establishmentId,
        establishmentType: establishmentId === null ? null : (types.get(establishmentId) ?? null),
        encounterKind: asTextOrNull(row.encounter_kind),
        dayType:
          row.day_type === 'weekday' || row.day_type === 'weekend' || row.day_type === 'holiday' ? row.day_type : null,
      },
    };
  });
}

/** The type of every establishment of the GST, to place activities without joining them row by row. */
export async function listEstablishmentTypes(
  executor: Executor,
  gstId: string,
): Promise<Map<string, EstablishmentType>> {
  const rows = await queryRows(executor, sql`select id, type from establishments where gst_id = ${gstId}`);
  const types = new Map<string, EstablishmentType>();
  for (const row of rows) {
    const type = typeOf(row.type);
    if (type !== null) {
      types.set(asText(row.id), type);
    }
  }
  return types;
}

/**
 * The shifts of the month's published rosters, each with its holder (gaps excluded). A pooled line's shift is placed at
 * the line's first establishment.
 */
export async function listPublishedShiftActivities(
  executor: Executor,
  gstId: string,
  month: string,
  types: ReadonlyMap<string, EstablishmentType>,
): Promise<StaffActivityRow[]> {
  const rows = await queryRows(
    executor,
    sql`select s.staff_member_id, s.roster_id::text || '/' || s.shift_id as source_id, l.kind as activity,
        s.starts_at as occurred_at, l.establishment_ids[1] as establishment_id, s.day_type
      from rosters r
      join roster_shifts s on s.gst_id = r.gst_id and s.roster_id = r.id
      join roster_lines l on l.gst_id = s.gst_id and l.id = s.line_id
      where r.gst_id = ${gstId} and r.month = ${month} and r.status = 'published' and s.staff_member_id is not null`,
  );
  return toActivityRows(rows, 'roster_shift', types);
}

/** The care acts (tele-expertise answers, teleconsultations, counter-referrals) authored by staff in the month. */
export async function listCareActActivities(
  executor: Executor,
  gstId: string,
  month: string,
  types: ReadonlyMap<string, EstablishmentType>,
): Promise<StaffActivityRow[]> {
  const { from, to } = monthBounds(month);
  const rows = await queryRows(
    executor,
    sql`select m.id as staff_member_id, a.id::text as source_id, a.kind as activity, a.performed_at as occurred_at,
        a.establishment_id
      from care_acts a
      join staff_members m on m.gst_id = a.gst_id and m.user_id = a.author_user_id
      where a.gst_id = ${gstId} and a.performed_at >= ${at(from)} and a.performed_at < ${at(to)}`,
  );
  return toActivityRows(rows, 'care_act', types);
}

/**
 * The encounters recorded by staff in the month (consultations, emergencies, hospital stays; teleconsultations are
 * paid through their care act).
 */
export async function listEncounterActivities(
  executor: Executor,
  gstId: string,
  month: string,
  types: ReadonlyMap<string, EstablishmentType>,
): Promise<StaffActivityRow[]> {
  const { from, to } = monthBounds(month);
  const rows = await queryRows(
    executor,
    sql`select m.id as staff_member_id, n.id::text as source_id, 'encounter' as activity, n.started_at as occurred_at,
        n.establishment_id, n.kind as encounter_kind
      from encounters n
      join staff_members m on m.gst_id = n.gst_id and m.user_id = n.recorded_by
      where n.gst_id = ${gstId} and n.started_at >= ${at(from)} and n.started_at < ${at(to)}
        and n.recorded_by is not null and n.kind in ('consultation', 'emergency', 'hospital_stay')`,
  );
  return toActivityRows(rows, 'encounter', types);
}
