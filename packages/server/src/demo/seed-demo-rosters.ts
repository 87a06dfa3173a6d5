import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { generateRoster, moroccoDay, shiftPatternSchema, type RosterLineRecord } from '@tansiq/domain';
import {
  bumpRosterVersion,
  findRosterLinesByIds,
  insertAuditEvent,
  insertRosterLine,
  queryRows,
  replaceRosterShifts,
  upsertDraftRoster,
  type Db,
  type RosterLineWrite,
} from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import { buildStoredRosterProblem } from '../rosters/load-roster';

const emergencyLine = (hospital: { id: string; name: string }): RosterLineWrite => ({
  name: `Garde urgences — ${hospital.name}`,
  kind: 'garde',
  establishmentIds: [hospital.id],
  specialtyCode: 'emergency',
  requiredCadres: ['general_practitioner'],
  requiredSpecialtyCodes: [],
  shiftPattern: shiftPatternSchema.parse({}),
  eligibleStaffIds: [],
  rulesOverrides: {},
});

const anaesthesiaLine = (hospitals: { id: string; name: string }[]): RosterLineWrite => ({
  name: `Astreinte anesthésie mutualisée — ${hospitals.map((hospital) => hospital.name).join(' / ')}`,
  kind: 'astreinte',
  establishmentIds: hospitals.map((hospital) => hospital.id),
  specialtyCode: 'anaesthesia_icu',
  requiredCadres: ['specialist'],
  requiredSpecialtyCodes: ['anaesthesia_icu'],
  shiftPattern: shiftPatternSchema.parse({}),
  eligibleStaffIds: [],
  rulesOverrides: {},
});

async function publishDemoRoster(db: Db, gstId: string, lines: RosterLineRecord[], month: string, userId: string) {
  const problem = await buildStoredRosterProblem(db, { gstId, month, lines, excludeRosterId: null });
  const result = generateRoster(problem, { seed: 2026, timeLimitMs: 5_000 });
  const holders = new Map(result.assignments.map((assignment) => [assignment.shiftId, assignment.staffId]));
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await upsertDraftRoster(
      tx,
      { gstId, id, month, lineIds: lines.map((line) => line.id), report: result.report },
      userId,
    );
    await replaceRosterShifts(
      tx,
      gstId,
      id,
      problem.shifts.map(({ id: shiftId, lineId, day, dayType, startsAt, endsAt }) => ({
        id: shiftId,
        lineId,
        day,
        dayType,
        startsAt,
        endsAt,
        staffId: holders.get(shiftId) ?? null,
      })),
    );
    await bumpRosterVersion(tx, { gstId, id, version: 1 }, { publishedBy: userId });
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'roster.seed_demo',
      entityType: 'roster',
      entityId: id,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { month, filled: result.report.filledCount, gaps: result.report.gapCount },
    });
  });
}

/**
 * Seeds the TTA roster lines: an emergency garde per provincial hospital (CHP) and an anaesthesia astreinte pooled
 * between the first two, then the published roster of the current month when the staff registry has staff (its own
 * demo seeds them). Lines belong to the GST's first HR officer. Runs once: does nothing when lines exist.
 */
export async function seedDemoRosters(db: Db, gstId: string, now: Date = new Date()): Promise<{ lines: number }> {
  const [existing] = await queryRows(db, sql`select 1 from roster_lines where gst_id = ${gstId} limit 1`);
  const [officer] = await queryRows(
    db,
    sql`select user_id as id from role_assignments
      where gst_id = ${gstId} and role = 'hr_officer' and scope_level = 'gst' order by created_at limit 1`,
  );
  if (existing || !officer) {
    return { lines: 0 };
  }
  const userId = String(officer.id);
  const rows = await queryRows(
    db,
    sql`select id, name_fr from establishments
      where gst_id = ${gstId} and is_demo and type = 'CHP' and status = 'active' order by code limit 4`,
  );
  const hospitals = rows.map((row) => ({ id: String(row.id), name: String(row.name_fr) }));
  const writes = [
    ...hospitals.map(emergencyLine),
    ...(hospitals.length >= 2 ? [anaesthesiaLine(hospitals.slice(0, 2))] : []),
  ];
  const ids = writes.map(() => randomUUID());
  await db.transaction(async (tx) => {
    for (const [index, write] of writes.entries()) {
      await insertRosterLine(tx, gstId, ids[index] ?? randomUUID(), write, userId);
    }
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'roster_line.seed_demo',
      entityType: 'roster_line',
      entityId: null,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { lines: writes.length },
    });
  });
  const [staff] = await queryRows(db, sql`select count(*)::int as n from staff_members where gst_id = ${gstId}`);
  if (Number(staff?.n ?? 0) > 0) {
    const lines = await findRosterLinesByIds(db, gstId, ids);
    await publishDemoRoster(db, gstId, lines, moroccoDay(now).slice(0, 7), userId);
  }
  return { lines: writes.length };
}
