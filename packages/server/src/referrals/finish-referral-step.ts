import {
  conflict,
  type AuditEventInput,
  type Referral,
  type ReferralChanges,
  type ReferralRecord,
  type ReferralStatus,
} from '@tansiq/domain';
import { writeReferralStep, type Executor, type ReferralEventInput, type ReferralUpdate } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { referralNotice, type ReferralNotificationKind } from '../notifications/referral-notifications';
import type { ReferralAccess } from './referral-access';
import { presentReferralDetail } from './read-referral';

type StepNotification = Exclude<ReferralNotificationKind, 'referral_overdue'>;

/** What a step of a referral writes. */
export interface ReferralStepRecord {
  /** The referral as the step leaves it (its notifications are about this state). */
  record: ReferralRecord;
  /** The versioned change of the referral; null when the referral was just inserted. */
  update: ReferralUpdate | null;
  event: ReferralEventInput;
  audit: AuditEventInput;
  notifications: readonly StepNotification[];
}

/**
 * A step of the loop taken by the actor from one end of the referral: the change to `to` guarded by the version read,
 * its event (at the end the actor acts from) and its audit event, both dated `now`.
 */
export function loopStep(
  context: RequestContext,
  record: ReferralRecord,
  step: {
    action: string;
    to: ReferralStatus;
    changes: ReferralChanges;
    fromDestination: boolean;
    details: Record<string, unknown>;
    notifications: readonly StepNotification[];
    now: Date;
  },
): ReferralStepRecord {
  const changes: ReferralChanges = { ...step.changes, status: step.to };
  return {
    record: { ...record, ...changes, status: step.to },
    update: { expectedVersion: record.version, changes },
    event: {
      action: step.action,
      fromStatus: record.status,
      toStatus: step.to,
      actorUserId: context.actor.userId,
      establishmentId: step.fromDestination ? record.destinationEstablishmentId : record.originEstablishmentId,
      details: step.details,
      occurredAt: step.now.toISOString(),
    },
    audit: auditEventFor(context, {
      action: `referral.${step.action}`,
      entityType: 'referral',
      entityId: record.id,
      gstId: record.gstId,
      patientId: record.patientId,
      purpose: 'referral',
      details: { from: record.status, to: step.to, ...step.details },
    }),
    notifications: step.notifications,
  };
}

/**
 * Writes a step of a referral's loop (its versioned change, event, audit event and notifications) and reads the
 * referral back for the actor, in one statement: on the database for a step with no other writes, or inside the
 * step's transaction. The notifications' outbound messages go to the outbox.
 * @throws AppError conflict when another user moved the referral first (nothing is written).
 */
export async function finishReferralStep(
  executor: Executor,
  actorUserId: string,
  step: ReferralStepRecord,
  access: Pick<ReferralAccess, 'roles' | 'clinical'>,
  outbox: OutboundMessage[],
): Promise<Referral> {
  const notices = step.notifications.map((kind) => referralNotice(step.record, kind, actorUserId));
  const written = await writeReferralStep(executor, step.record.gstId, step.record.id, {
    update: step.update,
    event: step.event,
    audit: step.audit,
    notifications: notices.map((notice) => notice.write),
  });
  if (!written) {
    throw conflict('Another user moved this referral first; reload it', [], {
      version: step.update?.expectedVersion ?? step.record.version,
    });
  }
  notices.forEach((notice, index) => outbox.push(...notice.messages(written.recipients[index] ?? [])));
  return presentReferralDetail(written.detail, access);
}
