import type { DuplicatePairPage, ListDuplicatePairsQuery, Patient } from '@tansiq/domain';
import { findPatientsByIds, insertAuditEvent, listDuplicatePairs, type Db, type Executor } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { reviewedGstIds } from './duplicate-access';
import { presentDuplicatePair } from './duplicate-presenter';

async function loadPatientsOfPairs(
  executor: Executor,
  pairs: readonly { gstId: string; patientAId: string; patientBId: string }[],
): Promise<Map<string, Patient>> {
  const idsByGst = new Map<string, string[]>();
  for (const pair of pairs) {
    idsByGst.set(pair.gstId, [...(idsByGst.get(pair.gstId) ?? []), pair.patientAId, pair.patientBId]);
  }
  const patients = new Map<string, Patient>();
  for (const [gstId, ids] of idsByGst) {
    for (const patient of await findPatientsByIds(executor, gstId, [...new Set(ids)])) {
      patients.set(patient.id, patient);
    }
  }
  return patients;
}

/**
 * A page of the review queue of the GSTs the actor manages. Showing patients in a list is audited once per page, as
 * a list view (distinct from opening a record), with the ids shown.
 * @throws AppError forbidden for anyone but the GST administrators; not_found for a GST outside the actor's.
 */
export async function listDuplicateQueue(
  db: Db,
  context: RequestContext,
  query: ListDuplicatePairsQuery,
): Promise<DuplicatePairPage> {
  const gstIds = reviewedGstIds(context.actor, query.gstId);
  return db.transaction(async (tx) => {
    const { items, total } = await listDuplicatePairs(tx, { gstIds }, query);
    const patients = await loadPatientsOfPairs(tx, items);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'duplicate.list',
        entityType: 'duplicate_pair',
        gstId: gstIds.length === 1 ? (gstIds[0] ?? null) : null,
        details: {
          status: query.status,
          page: query.page,
          total,
          patientIds: items.flatMap((item) => [item.patientAId, item.patientBId]),
        },
      }),
    );
    return {
      items: items.map((item) => presentDuplicatePair(item, patients)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
