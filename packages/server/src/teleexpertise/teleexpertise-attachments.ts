import { createHash, randomUUID } from 'node:crypto';
import { conflict, notFound, unsupportedMediaType, validationFailed, type Attachment } from '@tansiq/domain';
import { countAttachments, findAttachmentContent, insertAttachment, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { sniffMediaType } from '../referrals/referral-attachments';
import { loadTeleexpertiseAccess } from './teleexpertise-access';

/** Files a request may carry: PDF, JPEG, PNG, 5 MB each (the route's body limit), 10 per request. */
export const MAX_ATTACHMENTS_PER_TELEEXPERTISE = 10;

/**
 * Attaches a file to an open or answered request, for the clinicians at either end (an ECG, a photo of a wound, a
 * report). The type is read from the content: anything but PDF, JPEG or PNG, or a file that lies about it, is 415.
 * @throws AppError not_found, unsupported_media_type, validation_failed (empty), conflict (cancelled, too many).
 */
export async function addTeleexpertiseAttachment(
  db: Db,
  context: RequestContext,
  teleexpertiseId: string,
  file: { fileName: string; declaredType: string; content: Uint8Array },
): Promise<Attachment> {
  if (file.content.byteLength === 0) {
    throw validationFailed('The file is empty', [{ path: ['body'], message: 'The file is empty' }]);
  }
  const mediaType = sniffMediaType(file.content);
  if (!mediaType || (file.declaredType !== 'application/octet-stream' && file.declaredType !== mediaType)) {
    throw unsupportedMediaType('Only PDF, JPEG and PNG files are accepted, and the file must be what it claims');
  }
  return db.transaction(async (tx) => {
    const { record } = await loadTeleexpertiseAccess(tx, context.actor, teleexpertiseId, { forUpdate: true });
    if (record.status === 'cancelled') {
      throw conflict('This request was cancelled: no more files can be added', [], { status: record.status });
    }
    if ((await countAttachments(tx, record.gstId, 'teleexpertise', record.id)) >= MAX_ATTACHMENTS_PER_TELEEXPERTISE) {
      throw conflict(`A tele-expertise request carries at most ${MAX_ATTACHMENTS_PER_TELEEXPERTISE} files`);
    }
    const id = randomUUID();
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    await insertAttachment(
      tx,
      record.gstId,
      {
        id,
        ownerKind: 'teleexpertise',
        ownerId: record.id,
        fileName: file.fileName,
        mediaType,
        sha256,
        content: file.content,
      },
      context.actor.userId,
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.attachment.add',
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
        details: { attachmentId: id, mediaType, sizeBytes: file.content.byteLength, sha256 },
      }),
    );
    return {
      id,
      fileName: file.fileName,
      mediaType,
      sizeBytes: file.content.byteLength,
      uploadedAt: new Date().toISOString(),
    };
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
    const attachment = await findAttachmentContent(tx, record.gstId, 'teleexpertise', record.id, attachmentId);
    if (!attachment) {
      throw notFound('attachment');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.attachment.read',
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
        details: { attachmentId },
      }),
    );
    return attachment;
  });
}
