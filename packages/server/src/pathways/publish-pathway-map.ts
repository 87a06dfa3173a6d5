import {
  conflict,
  todayInMorocco,
  validatePathwayMap,
  validationFailed,
  type PathwayMap,
  type PublishPathwayMapInput,
} from '@tansiq/domain';
import {
  findPathwayMapSummary,
  insertAuditEvent,
  listPathwayEstablishments,
  listPathwayOriginRows,
  publishPathwayMap as publishPathwayMapRow,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPathwayMap } from './load-pathway-map';
import { presentPathwayMap } from './pathway-presenter';

/**
 * Publishes a draft from its effective date, only if it validates against today's registry.
 * @throws AppError not_found, forbidden, conflict (not a draft, or changed meanwhile), validation_failed (the map's
 * issues, each pathed to its origin row).
 */
export async function publishPathwayMap(
  db: Db,
  context: RequestContext,
  id: string,
  input: PublishPathwayMapInput,
): Promise<PathwayMap> {
  return db.transaction(async (tx) => {
    const summary = await loadPathwayMap(tx, context, id, { manage: true });
    if (summary.status !== 'draft') {
      throw conflict('This map is already published');
    }
    const [rows, establishments] = [
      await listPathwayOriginRows(tx, summary.gstId, summary.id),
      await listPathwayEstablishments(tx, summary.gstId),
    ];
    const issues = validatePathwayMap({ specialtyCode: summary.specialtyCode, origins: rows }, establishments);
    if (issues.length > 0) {
      throw validationFailed(
        'The pathway map is not valid',
        issues.map(({ path, message, code }) => ({ path, message, code })),
      );
    }
    const published = await publishPathwayMapRow(tx, summary.gstId, summary.id, {
      revision: input.revision,
      effectiveFrom: input.effectiveFrom,
      publishedBy: context.actor.userId,
    });
    if (!published) {
      throw conflict('This draft was changed by someone else in the meantime; reload it and try again');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'pathway_map.publish',
        entityType: 'pathway_map',
        entityId: summary.id,
        gstId: summary.gstId,
        details: { specialtyCode: summary.specialtyCode, version: summary.version, effectiveFrom: input.effectiveFrom },
      }),
    );
    const updated = await findPathwayMapSummary(tx, summary.id, todayInMorocco());
    if (!updated) {
      throw new Error('The pathway map just published cannot be read back');
    }
    return presentPathwayMap(updated, rows, establishments);
  });
}
