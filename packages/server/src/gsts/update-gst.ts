import {
  authorize,
  canManageNationalUsers,
  canViewRegistry,
  notFound,
  validationFailed,
  type Gst,
  type UpdateGstInput,
} from '@tansiq/domain';
import { findGstById, insertAuditEvent, updateGstRow, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';

/**
 * Changes a GST's start (status, date), names or settings: the national level's decision, audited with before/after.
 * @throws AppError not_found, forbidden, validation_failed (operational without a date).
 */
export async function updateGst(db: Db, context: RequestContext, id: string, input: UpdateGstInput): Promise<Gst> {
  const current = await findGstById(db, id);
  if (!current) {
    throw notFound('GST');
  }
  authorize({
    visible: canViewRegistry(context.actor, current.id),
    allowed: canManageNationalUsers(context.actor),
    entity: 'GST',
    gstId: current.id,
  });
  const next = { ...current, ...input };
  if (next.status === 'operational' && next.operationalSince === null) {
    throw validationFailed('An operational GST has a start date', [
      { path: ['operationalSince'], message: 'An operational GST has a start date' },
    ]);
  }
  const changed = (Object.keys(input) as (keyof UpdateGstInput)[]).filter(
    (field) => JSON.stringify(current[field]) !== JSON.stringify(next[field]),
  );
  if (changed.length === 0) {
    return current;
  }
  await db.transaction(async (tx) => {
    await updateGstRow(tx, id, input);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'gst.update',
        entityType: 'gst',
        entityId: id,
        gstId: id,
        details: {
          changes: changed.map((field) => ({ field, before: current[field], after: next[field] })),
        },
      }),
    );
  });
  return (await findGstById(db, id)) ?? current;
}
