import { sql } from 'drizzle-orm';
import {
  activeRoleAssignments,
  moroccoDay,
  type Actor,
  type ApprovalRequestRecord,
  type MobilityKind,
} from '@tansiq/domain';
import { findUserCredentials, findUserById, queryRows, type Db } from '@tansiq/db';
import { actOnApprovalRequest, approvalTypeHandlers, createApprovalRequest } from '../approvals';
import { systemRequestId } from '../audit/system-request-id';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { mobilityHandler } from './mobility-handler';

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/** One demo request: who moves where, and how it ended (days are relative to today; decisions in the past). */
interface DemoMobility {
  kind: MobilityKind;
  cadre: string;
  to: 'hospital' | 'centre' | 'regional';
  startsIn: number;
  days: number;
  timeShare: number;
  reason: string;
  decision?: { action: 'approve' | 'reject'; comment: string; daysAgo: number; afterHours: number };
}

const plans: DemoMobility[] = [
  {
    kind: 'temporary_mission',
    cadre: 'midwife',
    to: 'hospital',
    startsIn: 21,
    days: 14,
    timeShare: 50,
    reason: 'Renfort de la maternité pendant les congés d’été de l’équipe',
  },
  {
    kind: 'campaign_pooling',
    cadre: 'polyvalent_nurse',
    to: 'centre',
    startsIn: 10,
    days: 15,
    timeShare: 30,
    reason: 'Campagne nationale de rattrapage vaccinal (rougeole-rubéole)',
  },
  {
    kind: 'secondment',
    cadre: 'general_practitioner',
    to: 'regional',
    startsIn: 45,
    days: 90,
    timeShare: 50,
    reason: 'Appui au service des urgences du CHR pendant la réorganisation des gardes',
  },
  {
    kind: 'temporary_mission',
    cadre: 'polyvalent_nurse',
    to: 'hospital',
    startsIn: -40,
    days: 10,
    timeShare: 50,
    reason: 'Remplacement d’un infirmier en congé de maladie',
    decision: { action: 'approve', comment: 'Accord, mission limitée à 10 jours', daysAgo: 47, afterHours: 52 },
  },
  {
    kind: 'campaign_pooling',
    cadre: 'polyvalent_nurse',
    to: 'centre',
    startsIn: -20,
    days: 14,
    timeShare: 40,
    reason: 'Caravane médicale de santé maternelle et infantile',
    decision: { action: 'approve', comment: 'Accord', daysAgo: 26, afterHours: 20 },
  },
  {
    kind: 'temporary_mission',
    cadre: 'polyvalent_nurse',
    to: 'regional',
    startsIn: 5,
    days: 7,
    timeShare: 100,
    reason: 'Renfort du bloc opératoire',
    decision: {
      action: 'reject',
      comment: 'Effectif insuffisant aux urgences de l’établissement d’origine ce mois-ci',
      daysAgo: 9,
      afterHours: 96,
    },
  },
];

async function contextOf(db: Db, username: string, today: string): Promise<RequestContext | null> {
  const credentials = await findUserCredentials(db, username);
  const user = credentials ? await findUserById(db, credentials.id) : undefined;
  if (!user) {
    return null;
  }
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    assignments: activeRoleAssignments(user.assignments, today),
  };
  return { actor, requestId: systemRequestId(), ip: null };
}

/**
 * Moves a seeded request's times back: raised and submitted `submittedBackMs` ago, decided `decidedBackMs` ago, so
 * the demo's time to decision reads like real requests (the use cases stamp "now").
 */
async function backdate(db: Db, request: ApprovalRequestRecord, submittedBackMs: number, decidedBackMs: number) {
  const shift = (value: string | null, back: number) =>
    value === null ? null : new Date(Date.parse(value) - back).toISOString();
  const steps = request.steps.map((step) => ({
    ...step,
    startedAt: shift(step.startedAt, submittedBackMs),
    dueAt: shift(step.dueAt, submittedBackMs),
    decidedAt: shift(step.decidedAt, decidedBackMs),
  }));
  await db.execute(sql`update approval_requests set
      created_at = created_at - ${submittedBackMs}::bigint * interval '1 millisecond',
      first_submitted_at = first_submitted_at - ${submittedBackMs}::bigint * interval '1 millisecond',
      submitted_at = submitted_at - ${submittedBackMs}::bigint * interval '1 millisecond',
      decided_at = decided_at - ${decidedBackMs}::bigint * interval '1 millisecond',
      updated_at = updated_at - ${decidedBackMs}::bigint * interval '1 millisecond',
      steps = ${JSON.stringify(steps)}::jsonb
    where gst_id = ${request.gstId} and id = ${request.id}`);
  await db.execute(sql`update approval_events set occurred_at = occurred_at -
      case when action in ('create', 'submit') then ${submittedBackMs}::bigint else ${decidedBackMs}::bigint end
        * interval '1 millisecond'
    where gst_id = ${request.gstId} and request_id = ${request.id}`);
  await db.execute(sql`update notifications set created_at = created_at - ${decidedBackMs}::bigint * interval '1 millisecond'
    where gst_id = ${request.gstId} and entity_id = ${request.id}`);
}

/**
 * Seeds the demo's mobility requests (issue #5 §11), raised by the director of CHP Chefchaouen through the approvals
 * module itself: three pending (a midwife's mission and a nurse's campaign pooling waiting on the GST HR officer, a
 * physician's three-month secondment waiting on the regional hospital), two approved (their assignments created) and
 * one rejected, backdated so the time to decision has figures. The demo nurse (`infirmier.chefchaouen`) is left out:
 * the mobility journey uses him. Runs once; does nothing without the demo accounts or staff.
 */
export async function seedDemoMobilityRequests(db: Db, gstId: string, now: Date = new Date()): Promise<number> {
  const [existing] = await queryRows(db, sql`select 1 from approval_requests where gst_id = ${gstId} limit 1`);
  const today = moroccoDay(now);
  const director = await contextOf(db, 'admin.chp.chefchaouen', today);
  const hr = await contextOf(db, 'rh.tta', today);
  const origin = director?.actor.assignments.find((assignment) => assignment.establishmentId !== null);
  if (existing || !director || !hr || !origin?.establishmentId) {
    return 0;
  }
  const originId = origin.establishmentId;
  const destinations = await queryRows(
    db,
    sql`select distinct on (e.type) e.type, e.id from establishments e
      join establishments o on o.id = ${originId}
      where e.gst_id = ${gstId} and e.status = 'active' and e.id <> o.id
        and (e.type in ('CHP', 'CHR') or (e.type = 'CSR-2' and e.province_code = o.province_code))
      order by e.type, e.code`,
  );
  const destination = (type: string): string | undefined => {
    const row = destinations.find((candidate) => candidate.type === type);
    return row ? String(row.id) : undefined;
  };
  const staff = await queryRows(
    db,
    sql`select m.id, m.cadre from staff_members m
      join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary'
        and a.valid_to is null and a.time_share = 100
      where m.gst_id = ${gstId} and a.establishment_id = ${originId} and m.user_id is null and m.employed_to is null
        and not exists (select 1 from staff_assignments x where x.gst_id = m.gst_id and x.staff_member_id = m.id
          and x.kind = 'additional')
      order by m.staff_number`,
  );
  const handlers = approvalTypeHandlers([mobilityHandler]);
  const outbox: OutboundMessage[] = [];
  const used = new Set<string>();
  let count = 0;
  for (const plan of plans) {
    const person = staff.find((row) => row.cadre === plan.cadre && !used.has(String(row.id)));
    const toId = destination({ hospital: 'CHP', centre: 'CSR-2', regional: 'CHR' }[plan.to]);
    if (!person || !toId) {
      continue;
    }
    used.add(String(person.id));
    const startsOn = moroccoDay(new Date(now.getTime() + plan.startsIn * dayMs));
    const endsOn = moroccoDay(new Date(now.getTime() + (plan.startsIn + plan.days - 1) * dayMs));
    const raised = await createApprovalRequest(
      db,
      director,
      handlers,
      {
        type: 'mobility',
        originEstablishmentId: originId,
        destinationEstablishmentId: toId,
        submit: true,
        subject: {
          kind: plan.kind,
          staffMemberId: String(person.id),
          fromEstablishmentId: originId,
          toEstablishmentId: toId,
          startsOn,
          endsOn,
          timeShare: plan.timeShare,
          reason: plan.reason,
        },
      },
      outbox,
    );
    count += 1;
    if (plan.decision) {
      const { action, comment, daysAgo, afterHours } = plan.decision;
      const decided = await actOnApprovalRequest(
        db,
        hr,
        handlers,
        raised.id,
        {
          action,
          version: raised.version,
          comment,
        },
        outbox,
      );
      await backdate(db, decided, daysAgo * dayMs + afterHours * hourMs, daysAgo * dayMs);
    }
  }
  // The notifications are in the database; nothing is sent from a demo seed.
  return count;
}
