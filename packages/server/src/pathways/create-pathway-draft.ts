import {
  authorize,
  canManagePathways,
  canViewPathways,
  conflict,
  generateDefaultPathwayMap,
  notFound,
  todayInMorocco,
  validationFailed,
  type CreatePathwayDraftInput,
  type PathwayMap,
  type PathwayOriginRow,
} from '@tansiq/domain';
import {
  findGstById,
  findPathwayMapSummary,
  insertAuditEvent,
  insertPathwayMapDraft,
  listPathwayEstablishments,
  listPathwayMapVersions,
  listPathwayOriginRows,
  type Db,
} from '@tansiq/db';
import { randomUUID } from 'node:crypto';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { presentPathwayMap } from './pathway-presenter';

/**
 * Starts the next version of a specialty's map as a draft: the generated default map, or a copy of the map in force.
 * @throws AppError not_found (GST unknown or out of scope), forbidden (not an administrator of the GST), conflict (the
 * specialty already has a draft), validation_failed (no map in force to copy).
 */
export async function createPathwayDraft(
  db: Db,
  context: RequestContext,
  input: CreatePathwayDraftInput,
): Promise<PathwayMap> {
  const { gstId, specialtyCode } = input;
  authorize({
    visible: canViewPathways(context.actor, gstId),
    allowed: canManagePathways(context.actor, gstId),
    entity: 'gst',
    gstId,
  });
  if (!(await findGstById(db, gstId))) {
    throw notFound('gst');
  }
  const today = todayInMorocco();
  return db.transaction(async (tx) => {
    const versions = await listPathwayMapVersions(tx, gstId, specialtyCode, today);
    if (versions.some((version) => version.status === 'draft')) {
      throw conflict('This specialty already has a draft: edit or publish it first');
    }
    const establishments = await listPathwayEstablishments(tx, gstId);
    let rows: PathwayOriginRow[];
    if (input.source === 'in_force') {
      const inForce = versions.find((version) => version.inForce);
      if (!inForce) {
        throw validationFailed('No map of this specialty is in force', [
          { path: ['source'], message: 'No map of this specialty is in force', code: 'custom' },
        ]);
      }
      rows = await listPathwayOriginRows(tx, gstId, inForce.id);
    } else {
      rows = generateDefaultPathwayMap(establishments, specialtyCode);
    }
    const id = randomUUID();
    const version = Math.max(0, ...versions.map((existing) => existing.version)) + 1;
    await insertPathwayMapDraft(
      tx,
      gstId,
      { id, specialtyCode, version, notes: input.notes, createdBy: context.actor.userId },
      rows,
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'pathway_map.create_draft',
        entityType: 'pathway_map',
        entityId: id,
        gstId,
        details: { specialtyCode, version, source: input.source, origins: rows.length },
      }),
    );
    const summary = await findPathwayMapSummary(tx, id, today);
    if (!summary) {
      throw new Error('The pathway map just created cannot be read back');
    }
    return presentPathwayMap(summary, rows, establishments);
  });
}
