import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  addDays,
  moroccoDay,
  seededRandom,
  toRegionalStaffId,
  type BudgetedPostInput,
  type Cadre,
  type LeaveKind,
} from '@tansiq/domain';
import {
  diffStaffFields,
  findGstById,
  insertAuditEvent,
  insertStaffAssignments,
  insertStaffLeaves,
  nextStaffSerials,
  queryRows,
  replaceBudgetedPosts,
  writeStaffMembers,
  type Db,
  type StaffAssignmentWrite,
  type StaffLeaveWrite,
} from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import { staffIdPrefixOf } from '../staff/staff-fields';
import { demoStaffEstablishments, linkedDemoStaff } from './seed-demo-staff-sources';
import { planDemoWorkforce, type PlannedStaffMember } from './seed-demo-staff-plan';

interface Seeded {
  id: string;
  planned: PlannedStaffMember;
}

/** About 5 % work part of their time (20 %) in a second establishment of their province. */
function multiEstablishmentAssignments(
  people: readonly Seeded[],
  provinceOf: Map<string, string>,
  byProvince: Map<string, string[]>,
  today: string,
  random: () => number,
): StaffAssignmentWrite[] {
  return people.flatMap(({ id, planned }) => {
    const primary = {
      id: randomUUID(),
      staffMemberId: id,
      establishmentId: planned.establishmentId,
      specialtyCode: planned.specialtyCode,
      kind: 'primary' as const,
      timeShare: 100,
      validFrom: planned.fields.employedFrom,
      validTo: null,
    };
    const others = (byProvince.get(provinceOf.get(planned.establishmentId) ?? '') ?? []).filter(
      (other) => other !== planned.establishmentId,
    );
    const other = others[Math.floor(random() * others.length)];
    if (random() >= 0.05 || other === undefined || planned.fields.cadre === 'administrative') {
      return [primary];
    }
    const validFrom = addDays(today, -Math.floor(random() * 300));
    const additional = {
      ...primary,
      id: randomUUID(),
      establishmentId: other,
      specialtyCode: null,
      kind: 'additional' as const,
      timeShare: 20,
      validFrom,
    };
    return [{ ...primary, timeShare: 80 }, additional];
  });
}

/** About 4 % are on leave today and 6 % will be next month. */
function demoLeaves(people: readonly Seeded[], today: string, random: () => number): StaffLeaveWrite[] {
  const nextMonth = `${addDays(`${today.slice(0, 8)}28`, 7).slice(0, 8)}01`;
  return people.flatMap(({ id, planned }) => {
    const draw = random();
    if (draw >= 0.1) {
      return [];
    }
    const female = planned.fields.sex === 'female';
    const kindDraw = random();
    const kind: LeaveKind =
      female && kindDraw < 0.1 ? 'maternity' : kindDraw < 0.65 ? 'annual' : kindDraw < 0.85 ? 'sick' : 'training';
    const length = kind === 'maternity' ? 98 : 3 + Math.floor(random() * 20);
    const startsOn =
      draw < 0.04 ? addDays(today, -Math.floor(random() * 3)) : addDays(nextMonth, Math.floor(random() * 20));
    return [{ staffMemberId: id, kind, startsOn, endsOn: addDays(startsOn, length - 1), note: null }];
  });
}

/** Budgeted posts around what is filled: some services short of staff, a few over-staffed. */
function demoBudgetedPosts(
  assignments: readonly StaffAssignmentWrite[],
  cadreOf: Map<string, Cadre>,
  random: () => number,
): BudgetedPostInput[] {
  const counts = new Map<string, BudgetedPostInput>();
  for (const assignment of assignments.filter((item) => item.kind === 'primary')) {
    const cadre = cadreOf.get(assignment.staffMemberId);
    if (cadre === undefined) {
      continue;
    }
    const key = `${assignment.establishmentId}|${assignment.specialtyCode ?? ''}|${cadre}`;
    const post = counts.get(key) ?? {
      establishmentId: assignment.establishmentId,
      specialtyCode: assignment.specialtyCode,
      cadre,
      budgetedPosts: 0,
    };
    post.budgetedPosts += 1;
    counts.set(key, post);
  }
  return [...counts.values()].map((post) => ({
    ...post,
    budgetedPosts: Math.max(1, Math.round(post.budgetedPosts * (0.9 + random() * 0.4))),
  }));
}

/**
 * Seeds the demo workforce of a GST (issue #5 §11): ≈ 8,300 people apportioned by cadre over the demo establishments,
 * the demo clinicians' own records linked to their accounts, ~5 % with a second establishment, leave now and next
 * month, and budgeted posts with vacancies. Deterministic choices; dates relative to `now`. Runs once.
 */
export async function seedDemoStaff(db: Db, gstId: string, now: Date = new Date()) {
  const [existing] = await queryRows(db, sql`select 1 from staff_members where gst_id = ${gstId} and is_demo limit 1`);
  const gst = await findGstById(db, gstId);
  if (existing || !gst) {
    return { seeded: false, staff: 0, assignments: 0, leaves: 0, budgetedPosts: 0 };
  }
  const random = seededRandom(20_261_105);
  const today = moroccoDay(now);
  const establishments = await demoStaffEstablishments(db, gstId);
  const generated = planDemoWorkforce(establishments, random);
  const linked = await linkedDemoStaff(db, gstId, establishments, generated.length);
  const people = [...linked, ...generated].map((planned) => ({ id: randomUUID(), planned }));
  const provinceOf = new Map(establishments.map((item) => [item.id, item.provinceCode]));
  const byProvince = new Map<string, string[]>();
  for (const item of establishments) {
    byProvince.set(item.provinceCode, [...(byProvince.get(item.provinceCode) ?? []), item.id]);
  }
  const assignments = multiEstablishmentAssignments(people, provinceOf, byProvince, today, random);
  const leaves = demoLeaves(people, today, random);
  const cadreOf = new Map(people.map(({ id, planned }) => [id, planned.fields.cadre]));
  const posts = demoBudgetedPosts(assignments, cadreOf, random);
  await db.transaction(async (tx) => {
    const serials = await nextStaffSerials(tx, gstId, people.length);
    const prefix = staffIdPrefixOf(gst.code);
    const writes = people.map(({ id, planned }, index) => ({
      id,
      staffNumber: toRegionalStaffId(prefix, serials[index] ?? 0),
      version: 1,
      fields: planned.fields,
      action: 'created' as const,
      changes: diffStaffFields(null, planned.fields),
      isDemo: true,
    }));
    await writeStaffMembers(tx, gstId, writes, null);
    await insertStaffAssignments(tx, gstId, assignments, null);
    await insertStaffLeaves(tx, gstId, leaves, null);
    await replaceBudgetedPosts(
      tx,
      gstId,
      establishments.map((item) => item.id),
      posts,
      null,
    );
    await insertAuditEvent(tx, {
      ...{ actorUserId: null, actorRole: null, actorEstablishmentId: null, gstId, action: 'demo.seed_staff' },
      ...{ entityType: 'gst', entityId: gstId, patientId: null, purpose: 'demonstration', outcome: 'success' },
      ...{ requestId: systemRequestId(), ip: null, details: { staff: people.length, assignments: assignments.length } },
    });
  });
  return {
    seeded: true,
    staff: people.length,
    assignments: assignments.length,
    leaves: leaves.length,
    budgetedPosts: posts.length,
  };
}
