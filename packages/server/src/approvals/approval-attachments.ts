import { conflict, isApprovalFinal, type Attachment } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import {
  acceptedMediaType,
  readStoredAttachment,
  storeAttachment,
  type UploadedFile,
} from '../attachments/stored-attachments';
import type { RequestContext } from '../http/request-context';
import { loadApprovalRequest } from './load-approval-request';

const ownerOf = (record: { id: string; gstId: string }) => ({
  kind: 'approval_request' as const,
  id: record.id,
  gstId: record.gstId,
  patientId: null,
});

/**
 * Attaches a file (PDF, JPEG, PNG, type read from the content) to an open request, for its parties. Audited.
 * @throws AppError not_found, unsupported_media_type, validation_failed, conflict (decided, too many files)
 */
export async function addApprovalAttachment(
  db: Db,
  context: RequestContext,
  id: string,
  file: UploadedFile,
): Promise<Attachment> {
  const mediaType = acceptedMediaType(file);
  return db.transaction(async (tx) => {
    const { stored } = await loadApprovalRequest(tx, context.actor, id, { forUpdate: true });
    if (isApprovalFinal(stored.record.status)) {
      throw conflict('This request is closed: no more files can be added', [], { status: stored.record.status });
    }
    return storeAttachment(tx, context, ownerOf(stored.record), file, mediaType);
  });
}

/**
 * Reads a file of a request, for its parties. Audited.
 * @throws AppError not_found
 */
export async function readApprovalAttachment(
  db: Db,
  context: RequestContext,
  id: string,
  attachmentId: string,
): Promise<Attachment & { content: Uint8Array }> {
  return db.transaction(async (tx) => {
    const { stored } = await loadApprovalRequest(tx, context.actor, id);
    return readStoredAttachment(tx, context, ownerOf(stored.record), attachmentId);
  });
}
