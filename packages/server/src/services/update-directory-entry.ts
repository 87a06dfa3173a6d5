import {
  authorize,
  canManageServiceDirectory,
  conflict,
  type DirectoryEntry,
  type UpdateDirectoryEntryInput,
} from '@tansiq/domain';
import { findServiceDirectoryEntry, insertAuditEvent, writeDirectoryEntry, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadVisibleService } from './load-service';

/**
 * Creates (version 0) or updates a service's directory entry: what it receives referrals for, direct booking,
 * tele-expertise and teleconsultation, head of service.
 * @throws AppError not_found (no such service, out of scope), forbidden, conflict (stale version).
 */
export async function updateDirectoryEntry(
  db: Db,
  context: RequestContext,
  establishmentId: string,
  specialtyCode: string,
  input: UpdateDirectoryEntryInput,
): Promise<DirectoryEntry> {
  return db.transaction(async (tx) => {
    const service = await loadVisibleService(tx, context.actor, establishmentId, specialtyCode);
    const key = { gstId: service.entry.gstId, establishmentId, specialtyCode };
    authorize({
      visible: true,
      allowed: canManageServiceDirectory(context.actor, key),
      entity: 'service',
      gstId: key.gstId,
    });
    if (!(await writeDirectoryEntry(tx, key, input, context.actor.userId))) {
      throw conflict('The entry was changed by someone else; reload it', [
        { path: ['version'], message: 'Stale version', code: 'custom' },
      ]);
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'service_directory.update',
        entityType: 'service',
        entityId: `${establishmentId}/${specialtyCode}`,
        gstId: key.gstId,
        details: {
          establishmentId,
          specialtyCode,
          acceptsReferrals: input.acceptsReferrals,
          version: input.version + 1,
        },
      }),
    );
    const entry = await findServiceDirectoryEntry(tx, key.gstId, establishmentId, specialtyCode);
    if (!entry) {
      throw new Error('The entry just written cannot be read back');
    }
    return entry;
  });
}
