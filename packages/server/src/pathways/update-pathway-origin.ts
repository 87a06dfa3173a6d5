import {
  conflict,
  notFound,
  todayInMorocco,
  validatePathwayMap,
  validationFailed,
  type FieldIssue,
  type PathwayEstablishment,
  type PathwayMap,
  type PathwayOriginRow,
  type UpdatePathwayOriginInput,
} from '@tansiq/domain';
import {
  findPathwayMapSummary,
  insertAuditEvent,
  listPathwayEstablishments,
  listPathwayOriginRows,
  replacePathwayOrigin,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPathwayMap } from './load-pathway-map';
import { presentPathwayMap } from './pathway-presenter';

/** The problems of one row the form can show next to its fields (the map-wide checks wait for publication). */
function rowIssues(row: PathwayOriginRow, specialtyCode: string, establishments: readonly PathwayEstablishment[]) {
  const known = new Set(establishments.map((establishment) => establishment.id));
  const issues: FieldIssue[] = known.has(row.returnEstablishmentId)
    ? []
    : [{ path: ['returnEstablishmentId'], message: 'This establishment is not in the GST', code: 'custom' }];
  for (const found of validatePathwayMap({ specialtyCode, origins: [row] }, establishments)) {
    const index = found.path[3];
    if (typeof index === 'number') {
      issues.push({ path: ['destinationIds', index], message: found.message, code: found.code });
    }
  }
  return issues;
}

/**
 * Replaces (or adds) the row of one origin of a draft, if the draft is still at the revision the editor read.
 * @throws AppError not_found (map or origin not in the GST), forbidden, conflict (not a draft, or changed meanwhile),
 * validation_failed (a destination that does not fit, with its index).
 */
export async function updatePathwayOrigin(
  db: Db,
  context: RequestContext,
  ids: { id: string; originId: string },
  input: UpdatePathwayOriginInput,
): Promise<PathwayMap> {
  return db.transaction(async (tx) => {
    const summary = await loadPathwayMap(tx, context, ids.id, { manage: true });
    if (summary.status !== 'draft') {
      throw conflict('A published map cannot be changed: start a new draft');
    }
    const establishments = await listPathwayEstablishments(tx, summary.gstId);
    if (!establishments.some((establishment) => establishment.id === ids.originId)) {
      throw notFound('establishment');
    }
    const { revision, ...fields } = input;
    const row: PathwayOriginRow = { originEstablishmentId: ids.originId, ...fields };
    const issues = rowIssues(row, summary.specialtyCode, establishments);
    if (issues.length > 0) {
      throw validationFailed('This row of the pathway map is not valid', issues);
    }
    if (!(await replacePathwayOrigin(tx, summary.gstId, summary.id, revision, row))) {
      throw conflict('This draft was changed by someone else in the meantime; reload it and try again');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'pathway_map.update_origin',
        entityType: 'pathway_map',
        entityId: summary.id,
        gstId: summary.gstId,
        details: { originEstablishmentId: ids.originId, destinationIds: row.destinationIds },
      }),
    );
    const updated = await findPathwayMapSummary(tx, summary.id, todayInMorocco());
    if (!updated) {
      throw new Error('The pathway map just changed cannot be read back');
    }
    return presentPathwayMap(updated, await listPathwayOriginRows(tx, summary.gstId, summary.id), establishments);
  });
}
