import { randomUUID } from 'node:crypto';
import {
  authorize,
  canEditWisnStandards,
  conflict,
  seesWisnGst,
  type PutWisnStandardInput,
  type WisnStandardList,
  type WisnStandardVersion,
} from '@tansiq/domain';
import {
  findLatestWisnStandardVersion,
  insertAuditEvent,
  insertWisnStandard,
  listWisnStandardVersions,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { wisnScopeOf } from './wisn-access';

/**
 * Every version of the GST's WISN standards (readable by whoever reads its WISN).
 * @throws AppError not_found (GST not visible), forbidden (no WISN role).
 */
export async function listWisnStandardList(db: Db, context: RequestContext, gstId: string): Promise<WisnStandardList> {
  wisnScopeOf(context, gstId);
  return { gstId, standards: await listWisnStandardVersions(db, gstId) };
}

/**
 * Saves a new version of one standard, audited in the same transaction. The version must follow the latest stored
 * one: a stale version (someone saved meanwhile) or a skipped one is a conflict, and nothing is written.
 * @throws AppError not_found (GST not visible), forbidden (not a GST HR officer or administrator), conflict.
 */
export async function saveWisnStandard(
  db: Db,
  context: RequestContext,
  input: PutWisnStandardInput,
): Promise<WisnStandardVersion> {
  const { gstId, standard } = input;
  authorize({
    visible: seesWisnGst(context.actor, gstId),
    allowed: canEditWisnStandards(context.actor, gstId),
    entity: 'GST',
    gstId,
  });
  return db.transaction(async (tx) => {
    const latest = await findLatestWisnStandardVersion(tx, gstId, standard);
    const id = randomUUID();
    const stale = () =>
      conflict(`The standard is at version ${latest}; save version ${latest + 1}`, [
        { path: ['standard', 'version'], message: `Expected version ${latest + 1}` },
      ]);
    if (standard.version !== latest + 1) {
      throw stale();
    }
    if (!(await insertWisnStandard(tx, gstId, { id, standard, createdBy: context.actor.userId }))) {
      throw stale();
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'wisn_standard.save',
        entityType: 'wisn_standard',
        entityId: id,
        gstId,
        details: {
          establishmentType: standard.establishmentType,
          cadre: standard.cadre,
          version: standard.version,
          effectiveFrom: standard.effectiveFrom,
        },
      }),
    );
    const saved = (await listWisnStandardVersions(tx, gstId)).find((version) => version.id === id);
    if (saved === undefined) {
      throw new Error('The WISN standard just saved cannot be read back');
    }
    return saved;
  });
}
