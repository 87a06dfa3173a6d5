import {
  canReadReferralClinicalContent,
  outOfScope,
  notFound,
  referralActorRoles,
  type Actor,
  type ReferralAccessTarget,
  type ReferralActorRole,
  type ReferralRecord,
} from '@tansiq/domain';
import {
  findReferralRecordForUpdate,
  findReferralRecordWithService,
  type Executor,
  type GstReferralSettings,
  type ReferralServiceOptions,
} from '@tansiq/db';

/** A referral loaded for an access decision, with the actor's roles at each end. */
export interface ReferralAccess {
  record: ReferralRecord;
  target: ReferralAccessTarget;
  roles: ReferralActorRole[];
  clinical: boolean;
  /** What the destination's service says (direct booking for the allowed actions, its head for escalations). */
  service: ReferralServiceOptions;
  /** The GST's referral settings (timers, working calendar, teleconsultation link), read with the referral. */
  settings: GstReferralSettings;
}

const targetOf = (record: ReferralRecord): ReferralAccessTarget => ({
  gstId: record.gstId,
  originEstablishmentId: record.originEstablishmentId,
  destinationEstablishmentId: record.destinationEstablishmentId,
});

function decide(
  actor: Actor,
  record: ReferralRecord,
  found: { service: ReferralServiceOptions; settings: GstReferralSettings },
): ReferralAccess {
  const target = targetOf(record);
  const roles = referralActorRoles(actor, target);
  // A draft is the sender's side only: the destination sees a referral once it is sent.
  const visibleRoles = record.status === 'draft' ? roles.filter((role) => role.party === 'sender') : roles;
  if (visibleRoles.length === 0) {
    throw outOfScope('referral', record.gstId);
  }
  return {
    record,
    target,
    roles: visibleRoles,
    clinical: canReadReferralClinicalContent(actor, target),
    service: found.service,
    settings: found.settings,
  };
}

/**
 * Loads a referral and the actor's standing on it (load first, then authorize). Outside both ends → 404, audited.
 * With `forUpdate`, the row is locked for the rest of the transaction (attachments, whose count is limited). Steps of
 * the loop do not lock: their update is guarded by the version, so a concurrent step fails with 409 and rolls back.
 * @throws AppError not_found
 */
export async function loadReferralAccess(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReferralAccess> {
  const found = await findReferralRecordWithService(executor, id);
  if (!found) {
    throw notFound('referral');
  }
  const record = options.forUpdate ? await findReferralRecordForUpdate(executor, found.record.gstId, id) : found.record;
  if (!record) {
    throw notFound('referral');
  }
  return decide(actor, record, found);
}
