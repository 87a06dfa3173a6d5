import { createHash, randomUUID } from 'node:crypto';
import {
  authorize,
  conflict,
  isReferralFinal,
  notFound,
  unsupportedMediaType,
  validationFailed,
  type Attachment,
} from '@tansiq/domain';
import { countAttachments, findAttachmentContent, insertAttachment, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadReferralAccess } from './referral-access';

/** Files a referral may carry: PDF, JPEG, PNG, 5 MB each, 10 per referral. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REFERRAL = 10;

/** The type of a file from its first bytes (magic numbers), whatever its name or declared type says. */
export function sniffMediaType(content: Uint8Array): Attachment['mediaType'] | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => content[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) {
    return 'application/pdf';
  }
  if (starts(0xff, 0xd8, 0xff)) {
    return 'image/jpeg';
  }
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    return 'image/png';
  }
  return undefined;
}

/**
 * Attaches a file to a referral, for the care staff at either end while the loop is open. The type is read from the
 * content: anything but PDF, JPEG or PNG, or a file that claims another type than it is, answers 415.
 * @throws AppError not_found, unsupported_media_type, validation_failed (empty, name), conflict (closed, too many).
 */
export async function addReferralAttachment(
  db: Db,
  context: RequestContext,
  referralId: string,
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
    const { record } = await loadReferralAccess(tx, context.actor, referralId, { forUpdate: true });
    if (isReferralFinal(record.status)) {
      throw conflict('This referral is closed: no more files can be added', [], { status: record.status });
    }
    if ((await countAttachments(tx, record.gstId, 'referral', record.id)) >= MAX_ATTACHMENTS_PER_REFERRAL) {
      throw conflict(`A referral carries at most ${MAX_ATTACHMENTS_PER_REFERRAL} files`);
    }
    const id = randomUUID();
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    await insertAttachment(
      tx,
      record.gstId,
      {
        id,
        ownerKind: 'referral',
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
        action: 'referral.attachment.add',
        entityType: 'referral',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'referral',
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
 * Reads an attached file: clinical content, for the clinicians at either end. Audited.
 * @throws AppError not_found, forbidden (desk roles).
 */
export async function readReferralAttachment(
  db: Db,
  context: RequestContext,
  referralId: string,
  attachmentId: string,
): Promise<Attachment & { content: Uint8Array }> {
  return db.transaction(async (tx) => {
    const { record, clinical } = await loadReferralAccess(tx, context.actor, referralId);
    authorize({ visible: true, allowed: clinical, entity: 'referral', gstId: record.gstId });
    const attachment = await findAttachmentContent(tx, record.gstId, 'referral', record.id, attachmentId);
    if (!attachment) {
      throw notFound('attachment');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'referral.attachment.read',
        entityType: 'referral',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'referral',
        details: { attachmentId },
      }),
    );
    return attachment;
  });
}
