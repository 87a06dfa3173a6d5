import { sql, type SQL } from 'drizzle-orm';
import type { ReferralChanges, ReferralRecord, ReferralStatus } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, queryRows } from '../lib/rows';
import { referralColumns } from './referral-rows';

/**
 * The next number of a GST's document of a kind for a year, e.g. 123 → `TTA-R26-000123`: incremented in the writing
 * transaction, so two referrals never share a number and a rolled-back one leaves no gap.
 */
export async function nextDocumentNumber(
  tx: Tx,
  gstId: string,
  kind: 'referral' | 'teleexpertise',
  year: number,
): Promise<number> {
  const [row] = await queryRows(
    tx,
    sql`insert into document_counters (gst_id, kind, year, value) values (${gstId}, ${kind}, ${year}, 1)
      on conflict (gst_id, kind, year) do update set value = document_counters.value + 1
      returning value`,
  );
  return Number(row?.value);
}

/**
 * Takes the next number of an establishment's GST in one autocommitted statement (the counter row is held for that
 * statement only); undefined when the establishment is unknown.
 */
export async function reserveDocumentNumberAt(
  executor: Executor,
  establishmentId: string,
  kind: 'referral' | 'teleexpertise',
  year: number,
): Promise<{ gstId: string; value: number } | undefined> {
  const [row] = await queryRows(
    executor,
    sql`insert into document_counters (gst_id, kind, year, value)
      select e.gst_id, ${kind}, ${year}, 1 from establishments e where e.id = ${establishmentId}
      on conflict (gst_id, kind, year) do update set value = document_counters.value + 1
      returning gst_id, value`,
  );
  return row ? { gstId: asText(row.gst_id), value: Number(row.value) } : undefined;
}

const columnValue = (key: keyof typeof referralColumns, value: unknown): SQL =>
  key === 'counterReferral' ? sql`${value === null ? null : JSON.stringify(value)}::jsonb` : sql`${value}`;

/** Inserts a referral (its first event is written by the caller). */
export async function insertReferral(tx: Tx, record: ReferralRecord): Promise<void> {
  const keys = Object.keys(referralColumns) as (keyof typeof referralColumns)[];
  const columns = sql.raw(keys.map((key) => referralColumns[key]).join(', '));
  const values = sql.join(
    keys.map((key) => columnValue(key, record[key])),
    sql`, `,
  );
  await tx.execute(
    sql`insert into referrals (gst_id, id, is_demo, version, created_at, updated_at, ${columns})
      values (${record.gstId}, ${record.id}, ${record.isDemo}, ${record.version}, ${record.createdAt},
        ${record.updatedAt}, ${values})`,
  );
}

/** A versioned change of a referral: applied only if the referral is still at `expectedVersion`. */
export interface ReferralUpdate {
  expectedVersion: number;
  changes: ReferralChanges;
}

/**
 * The update applying a transition's changes if the referral is still at the expected version, bumping the version;
 * for a statement of its own or a CTE (without `returning`).
 */
export function referralUpdate(gstId: string, id: string, update: ReferralUpdate): SQL {
  const { changes } = update;
  const keys = (Object.keys(changes) as (keyof ReferralChanges)[]).filter((key) => changes[key] !== undefined);
  const assignments = keys.map((key) => sql`${sql.raw(referralColumns[key])} = ${columnValue(key, changes[key])}`);
  return sql`update referrals set ${sql.join([...assignments, sql`version = version + 1`, sql`updated_at = now()`], sql`, `)}
    where gst_id = ${gstId} and id = ${id} and version = ${update.expectedVersion}`;
}

/** One event of a referral's history, as the step that writes it knows it. */
export interface ReferralEventInput {
  action: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorUserId: string | null;
  establishmentId: string | null;
  details: Record<string, unknown>;
  occurredAt?: string;
}

/**
 * The insert of a referral's next event (its sequence follows the last one), for a statement of its own or a CTE;
 * written only if `when` (SQL) holds.
 */
export const referralEventInsert = (
  gstId: string,
  referralId: string,
  event: ReferralEventInput,
  when: SQL = sql`true`,
): SQL =>
  sql`insert into referral_events (gst_id, referral_id, sequence, action, from_status, to_status, actor_user_id,
      establishment_id, details, occurred_at)
    select ${gstId}, ${referralId}, coalesce(max(sequence), 0) + 1, ${event.action}, ${event.fromStatus},
      ${event.toStatus}, ${event.actorUserId}, ${event.establishmentId}, ${JSON.stringify(event.details)}::jsonb,
      coalesce(${event.occurredAt ?? null}::timestamptz, now())
    from referral_events where gst_id = ${gstId} and referral_id = ${referralId}
    having ${when}`;
