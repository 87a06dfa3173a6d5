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

const nursingLine = (hospital: { id: string; name: string }, team: string[]): RosterLineWrite => ({
  name: `Garde infirmière des urgences — ${hospital.name}`,
  kind: 'garde',
  establishmentIds: [hospital.id],
  specialtyCode: 'emergency',
  requiredCadres: ['polyvalent_nurse'],
  requiredSpecialtyCodes: [],
  shiftPattern: shiftPatternSchema.parse({}),
  eligibleStaffIds: team,
  rulesOverrides: {},
});

/**
 * The emergency nursing team of the demo nurse's hospital (`infirmier.chefchaouen`): the nurse and five colleagues
 * whose primary post is there, so the mobility journey shows the shifts a mission takes the nurse off. Null when the
 * account has no staff record (a GST without the demo workforce).
 */
async function demoNursingTeam(db: Db, gstId: string) {
  const [nurse] = await queryRows(
    db,
    sql`select m.id, a.establishment_id, e.name_fr from users u
      join staff_members m on m.gst_id = ${gstId} and m.user_id = u.id
      join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary'
        and a.valid_to is null
      join establishments e on e.gst_id = a.gst_id and e.id = a.establishment_id
      where u.username = 'infirmier.chefchaouen'`,
  );
  if (!nurse) {
    return null;
  }
  const colleagues = await queryRows(
    db,
    sql`select m.id from staff_members m
      join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary'
        and a.valid_to is null
      where m.gst_id = ${gstId} and a.establishment_id = ${nurse.establishment_id} and m.cadre = 'polyvalent_nurse'
        and m.id <> ${nurse.id} and m.employed_to is null
      order by m.staff_number limit 5`,
  );
  return {
    hospital: { id: String(nurse.establishment_id), name: String(nurse.name_fr) },
    team: [String(nurse.id), ...colleagues.map((row) => String(row.id))],
  };
}

const nextMonth = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 2026, monthNumber ?? 1, 1));
  return next.toISOString().slice(0, 7);
};

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
 * Seeds the TTA roster lines: an emergency garde per provincial hospital (CHP), an anaesthesia astreinte pooled
 * between the first two and the nursing garde of the demo nurse's team, then the published rosters of the current
 * and the next month when the staff registry has staff (its own demo seeds them). Lines belong to the GST's first HR officer. Runs once: does nothing when lines exist.
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
  const nursing = await demoNursingTeam(db, gstId);
  const writes = [
    ...hospitals.map(emergencyLine),
    ...(hospitals.length >= 2 ? [anaesthesiaLine(hospitals.slice(0, 2))] : []),
    ...(nursing ? [nursingLine(nursing.hospital, nursing.team)] : []),
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
    const month = moroccoDay(now).slice(0, 7);
    await publishDemoRoster(db, gstId, lines, month, userId);
    await publishDemoRoster(db, gstId, lines, nextMonth(month), userId);
  }
  return { lines: writes.length };
}
