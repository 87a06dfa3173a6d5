import { createHash, randomUUID } from 'node:crypto';
import { conflict, notFound, unsupportedMediaType, validationFailed, type Attachment } from '@tansiq/domain';
import {
  countAttachments,
  findAttachmentContent,
  insertAttachment,
  insertAuditEvent,
  type AttachmentOwnerKind,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';

/** Files a referral or a tele-expertise request may carry: PDF, JPEG, PNG, 5 MB each, 10 per record. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_RECORD = 10;

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

/** A file as uploaded: its name, the type the client declared, its bytes. */
export interface UploadedFile {
  fileName: string;
  declaredType: string;
  content: Uint8Array;
}

/**
 * The accepted type of an uploaded file, read from its content: anything but PDF, JPEG or PNG, or a file that claims
 * another type than it is, is refused.
 * @throws AppError validation_failed (empty), unsupported_media_type
 */
export function acceptedMediaType(file: UploadedFile): Attachment['mediaType'] {
  if (file.content.byteLength === 0) {
    throw validationFailed('The file is empty', [{ path: ['body'], message: 'The file is empty' }]);
  }
  const mediaType = sniffMediaType(file.content);
  if (!mediaType || (file.declaredType !== 'application/octet-stream' && file.declaredType !== mediaType)) {
    throw unsupportedMediaType('Only PDF, JPEG and PNG files are accepted, and the file must be what it claims');
  }
  return mediaType;
}

/** The record a file belongs to, with what its audit events carry. */
export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
  gstId: string;
  /** Null for records that are not about a patient (a request for approval). */
  patientId: string | null;
}

/**
 * Stores a file of a record (at most `MAX_ATTACHMENTS_PER_RECORD`), with its audit event, in the caller's transaction.
 * @throws AppError conflict (too many files)
 */
export async function storeAttachment(
  tx: Tx,
  context: RequestContext,
  owner: AttachmentOwner,
  file: UploadedFile,
  mediaType: Attachment['mediaType'],
): Promise<Attachment> {
  if ((await countAttachments(tx, owner.gstId, owner.kind, owner.id)) >= MAX_ATTACHMENTS_PER_RECORD) {
    throw conflict(`A ${owner.kind} carries at most ${MAX_ATTACHMENTS_PER_RECORD} files`);
  }
  const id = randomUUID();
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  await insertAttachment(
    tx,
    owner.gstId,
    { id, ownerKind: owner.kind, ownerId: owner.id, fileName: file.fileName, mediaType, sha256, content: file.content },
    context.actor.userId,
  );
  await insertAuditEvent(
    tx,
    auditEventFor(context, {
      action: `${owner.kind}.attachment.add`,
      entityType: owner.kind,
      entityId: owner.id,
      gstId: owner.gstId,
      patientId: owner.patientId,
      purpose: owner.kind,
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
}

/**
 * Reads a stored file of a record, audited with the patient, in the caller's transaction.
 * @throws AppError not_found
 */
export async function readStoredAttachment(
  tx: Tx,
  context: RequestContext,
  owner: AttachmentOwner,
  attachmentId: string,
): Promise<Attachment & { content: Uint8Array }> {
  const attachment = await findAttachmentContent(tx, owner.gstId, owner.kind, owner.id, attachmentId);
  if (!attachment) {
    throw notFound('attachment');
  }
  await insertAuditEvent(
    tx,
    auditEventFor(context, {
      action: `${owner.kind}.attachment.read`,
      entityType: owner.kind,
      entityId: owner.id,
      gstId: owner.gstId,
      patientId: owner.patientId,
      purpose: owner.kind,
      details: { attachmentId },
    }),
  );
  return attachment;
}
