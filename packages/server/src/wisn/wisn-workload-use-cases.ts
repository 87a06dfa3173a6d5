import {
  authorize,
  canEditWisnWorkload,
  outOfScope,
  seesWisnGst,
  todayInMorocco,
  type PutWisnWorkloadInput,
  type WisnWorkloadFigures,
  type WisnWorkloadQuery,
} from '@tansiq/domain';
import {
  insertAuditEvent,
  listEnteredWisnWorkload,
  listPlatformWisnWorkload,
  writeWisnWorkloadEntries,
  type Db,
  type Executor,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { wisnScopeOf } from './wisn-access';
import { loadWisnEstablishment } from './load-wisn-establishment';
import { wisnYear } from './wisn-year';

async function workloadFigures(executor: Executor, query: WisnWorkloadQuery): Promise<WisnWorkloadFigures> {
  const dates = wisnYear(query.year, todayInMorocco());
  const [entered, platform] = [
    await listEnteredWisnWorkload(executor, query.gstId, query.year, query.establishmentId),
    await listPlatformWisnWorkload(executor, query.gstId, dates.period, query.establishmentId),
  ];
  return {
    gstId: query.gstId,
    year: query.year,
    annualisationFactor: dates.annualisationFactor,
    entered,
    platform: platform.map((figure) => ({
      ...figure,
      annualWorkload: figure.annualWorkload * dates.annualisationFactor,
    })),
  };
}

/**
 * Entered figures and platform counts (annualised) of a year, for the GST or one establishment, within the actor's
 * WISN scope.
 * @throws AppError not_found (GST or establishment not visible), forbidden (no WISN role).
 */
export async function getWisnWorkload(
  db: Db,
  context: RequestContext,
  query: WisnWorkloadQuery,
): Promise<WisnWorkloadFigures> {
  const scope = wisnScopeOf(context, query.gstId);
  if (query.establishmentId !== undefined) {
    const establishment = await loadWisnEstablishment(db, context, query.establishmentId);
    if (establishment.gstId !== query.gstId) {
      throw outOfScope('Establishment', query.gstId);
    }
    return workloadFigures(db, query);
  }
  if (scope !== 'gst') {
    // A narrower scope reads its establishments one by one; the whole GST's list would show others' activity.
    throw outOfScope('GST', query.gstId);
  }
  return workloadFigures(db, query);
}

/**
 * Sets entered figures of one establishment and year (null removes one), audited in the same transaction.
 * @throws AppError not_found (establishment missing, of another GST or out of scope), forbidden (may not enter).
 */
export async function putWisnWorkload(
  db: Db,
  context: RequestContext,
  input: PutWisnWorkloadInput,
): Promise<WisnWorkloadFigures> {
  return db.transaction(async (tx) => {
    const establishment = await loadWisnEstablishment(tx, context, input.establishmentId);
    const target = { gstId: input.gstId, establishmentId: input.establishmentId };
    authorize({
      visible: seesWisnGst(context.actor, input.gstId) && establishment.gstId === input.gstId,
      allowed: canEditWisnWorkload(context.actor, target),
      entity: 'Establishment',
      gstId: input.gstId,
    });
    await writeWisnWorkloadEntries(tx, input.gstId, { ...input, updatedBy: context.actor.userId });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'wisn_workload.update',
        entityType: 'establishment',
        entityId: input.establishmentId,
        gstId: input.gstId,
        details: { year: input.year, entries: input.entries },
      }),
    );
    return workloadFigures(tx, { gstId: input.gstId, year: input.year, establishmentId: input.establishmentId });
  });
}
