import { conflict, type DiscardPathwayDraftInput } from '@tansiq/domain';
import { deletePathwayDraft, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPathwayMap } from './load-pathway-map';

/**
 * Discards a draft (a published version is never deleted), so that another can be started.
 * @throws AppError not_found, forbidden, conflict (published, or changed meanwhile).
 */
export async function discardPathwayDraft(
  db: Db,
  context: RequestContext,
  id: string,
  input: DiscardPathwayDraftInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const summary = await loadPathwayMap(tx, context, id, { manage: true });
    if (summary.status !== 'draft') {
      throw conflict('A published map cannot be discarded');
    }
    if (!(await deletePathwayDraft(tx, summary.gstId, summary.id, input.revision))) {
      throw conflict('This draft was changed by someone else in the meantime; reload it and try again');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'pathway_map.discard_draft',
        entityType: 'pathway_map',
        entityId: summary.id,
        gstId: summary.gstId,
        details: { specialtyCode: summary.specialtyCode, version: summary.version },
      }),
    );
  });
}
