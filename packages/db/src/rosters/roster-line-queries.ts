import { sql } from 'drizzle-orm';
import type { RosterLineRecord, RosterRulesOverrides, ShiftPattern } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { queryRows } from '../lib/rows';
import { toRosterLineRecord } from './roster-rows';

/** The settings of a roster line, as written. */
export interface RosterLineWrite {
  name: string;
  kind: string;
  establishmentIds: readonly string[];
  specialtyCode: string | null;
  requiredCadres: readonly string[];
  requiredSpecialtyCodes: readonly string[];
  shiftPattern: ShiftPattern;
  eligibleStaffIds: readonly string[];
  rulesOverrides: RosterRulesOverrides;
}

const arrayParam = (values: readonly string[]) => sql.param([...values]);

/** A roster line by id, in any GST (the caller authorizes), or undefined. */
export async function findRosterLineById(executor: Executor, id: string): Promise<RosterLineRecord | undefined> {
  const rows = await queryRows(executor, sql`select * from roster_lines where id = ${id}`);
  return rows[0] ? toRosterLineRecord(rows[0]) : undefined;
}

/** The roster lines of a GST by name; archived ones only when asked. */
export async function listRosterLines(
  executor: Executor,
  gstId: string,
  includeArchived: boolean,
): Promise<RosterLineRecord[]> {
  const rows = await queryRows(
    executor,
    sql`select * from roster_lines where gst_id = ${gstId} and (is_active or ${includeArchived}) order by name`,
  );
  return rows.map(toRosterLineRecord);
}

/** The lines of a GST among `ids` (missing ones are left out), by name. */
export async function findRosterLinesByIds(
  executor: Executor,
  gstId: string,
  ids: readonly string[],
): Promise<RosterLineRecord[]> {
  const rows = await queryRows(
    executor,
    sql`select * from roster_lines where gst_id = ${gstId} and id = any(${arrayParam(ids)}::uuid[]) order by name`,
  );
  return rows.map(toRosterLineRecord);
}

/** Inserts a roster line. */
export async function insertRosterLine(
  tx: Tx,
  gstId: string,
  id: string,
  line: RosterLineWrite,
  createdBy: string,
): Promise<void> {
  await tx.execute(sql`insert into roster_lines (gst_id, id, name, kind, establishment_ids, specialty_code,
      required_cadres, required_specialty_codes, shift_pattern, eligible_staff_ids, rules_overrides, created_by)
    values (${gstId}, ${id}, ${line.name}, ${line.kind}, ${arrayParam(line.establishmentIds)}::uuid[],
      ${line.specialtyCode}, ${arrayParam(line.requiredCadres)}::text[], ${arrayParam(line.requiredSpecialtyCodes)}::text[],
      ${JSON.stringify(line.shiftPattern)}::jsonb, ${arrayParam(line.eligibleStaffIds)}::uuid[],
      ${JSON.stringify(line.rulesOverrides)}::jsonb, ${createdBy})`);
}

/** Replaces a line's settings if it is still at `version`; false when someone changed it since. */
export async function updateRosterLineRow(
  tx: Tx,
  gstId: string,
  id: string,
  version: number,
  line: RosterLineWrite,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update roster_lines set name = ${line.name}, kind = ${line.kind},
        establishment_ids = ${arrayParam(line.establishmentIds)}::uuid[], specialty_code = ${line.specialtyCode},
        required_cadres = ${arrayParam(line.requiredCadres)}::text[],
        required_specialty_codes = ${arrayParam(line.requiredSpecialtyCodes)}::text[],
        shift_pattern = ${JSON.stringify(line.shiftPattern)}::jsonb,
        eligible_staff_ids = ${arrayParam(line.eligibleStaffIds)}::uuid[],
        rules_overrides = ${JSON.stringify(line.rulesOverrides)}::jsonb,
        version = version + 1, updated_at = now()
      where gst_id = ${gstId} and id = ${id} and version = ${version}
      returning id`,
  );
  return rows.length > 0;
}

/** Archives (or restores) a line if it is still at `version`; its rosters stay. */
export async function setRosterLineActive(
  tx: Tx,
  gstId: string,
  id: string,
  version: number,
  isActive: boolean,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update roster_lines set is_active = ${isActive}, version = version + 1, updated_at = now()
      where gst_id = ${gstId} and id = ${id} and version = ${version} returning id`,
  );
  return rows.length > 0;
}

/** How many of `establishmentIds` are establishments of the GST. */
export async function countEstablishmentsInGst(
  executor: Executor,
  gstId: string,
  establishmentIds: readonly string[],
): Promise<number> {
  const rows = await queryRows(
    executor,
    sql`select count(*)::int as count from establishments
      where gst_id = ${gstId} and id = any(${arrayParam(establishmentIds)}::uuid[])`,
  );
  return Number(rows[0]?.count ?? 0);
}
