import { conflict, type Attachment } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import {
  acceptedMediaType,
  readStoredAttachment,
  storeAttachment,
  type UploadedFile,
} from '../attachments/stored-attachments';
import type { RequestContext } from '../http/request-context';
import { loadTeleexpertiseAccess } from './teleexpertise-access';

/**
 * Attaches a file to an open or answered request, for the clinicians at either end (an ECG, a photo of a wound, a
 * report). The type is read from the content: anything but PDF, JPEG or PNG, or a file that lies about it, is 415.
 * @throws AppError not_found, unsupported_media_type, validation_failed (empty), conflict (cancelled, too many).
 */
export async function addTeleexpertiseAttachment(
  db: Db,
  context: RequestContext,
  teleexpertiseId: string,
  file: UploadedFile,
): Promise<Attachment> {
  const mediaType = acceptedMediaType(file);
  return db.transaction(async (tx) => {
    const { record } = await loadTeleexpertiseAccess(tx, context.actor, teleexpertiseId, { forUpdate: true });
    if (record.status === 'cancelled') {
      throw conflict('This request was cancelled: no more files can be added', [], { status: record.status });
    }
    const owner = { kind: 'teleexpertise' as const, id: record.id, gstId: record.gstId, patientId: record.patientId };
    return storeAttachment(tx, context, owner, file, mediaType);
  });
}

/**
 * Reads an attached file, for the clinicians at either end. Audited.
 * @throws AppError not_found
 */
export async function readTeleexpertiseAttachment(
  db: Db,
  context: RequestContext,
  teleexpertiseId: string,
  attachmentId: string,
): Promise<Attachment & { content: Uint8Array }> {
  return db.transaction(async (tx) => {
    const { record } = await loadTeleexpertiseAccess(tx, context.actor, teleexpertiseId);
    const owner = { kind: 'teleexpertise' as const, id: record.id, gstId: record.gstId, patientId: record.patientId };
    return readStoredAttachment(tx, context, owner, attachmentId);
  });
}
