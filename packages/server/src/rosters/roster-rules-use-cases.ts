import {
  authorize,
  canSetRosterRules,
  canViewRosters,
  rosterRulesSchema,
  type RosterRules,
  type RosterRulesInput,
} from '@tansiq/domain';
import { getGstRosterRules, insertAuditEvent, replaceGstRosterRules, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';

/** The GST's roster rules (its defaults until set). @throws AppError not_found outside the GST. */
export async function getRosterRules(db: Db, context: RequestContext, gstId: string): Promise<RosterRules> {
  authorize({ visible: canViewRosters(context.actor, gstId), allowed: true, entity: 'GST', gstId });
  return getGstRosterRules(db, gstId);
}

/**
 * Sets the GST's roster rules; rosters generated or edited from now on follow them. Audited.
 * @throws AppError not_found (outside the GST), forbidden (not a GST HR officer).
 */
export async function setRosterRules(
  db: Db,
  context: RequestContext,
  gstId: string,
  input: RosterRulesInput,
): Promise<RosterRules> {
  return db.transaction(async (tx) => {
    authorize({
      visible: canViewRosters(context.actor, gstId),
      allowed: canSetRosterRules(context.actor, gstId),
      entity: 'GST',
      gstId,
    });
    const before = await getGstRosterRules(tx, gstId);
    const rules = rosterRulesSchema.parse(input);
    await replaceGstRosterRules(tx, gstId, rules, context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'roster_rules.update',
        entityType: 'gst',
        entityId: gstId,
        gstId,
        details: { before, after: rules },
      }),
    );
    return rules;
  });
}
