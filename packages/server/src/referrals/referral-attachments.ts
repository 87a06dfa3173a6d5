import { authorize, conflict, isReferralFinal, type Attachment } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import {
  acceptedMediaType,
  readStoredAttachment,
  storeAttachment,
  type UploadedFile,
} from '../attachments/stored-attachments';
import type { RequestContext } from '../http/request-context';
import { loadReferralAccess } from './referral-access';

/**
 * Attaches a file to a referral, for the care staff at either end while the loop is open. The type is read from the
 * content: anything but PDF, JPEG or PNG, or a file that claims another type than it is, answers 415.
 * @throws AppError not_found, unsupported_media_type, validation_failed (empty, name), conflict (closed, too many).
 */
export async function addReferralAttachment(
  db: Db,
  context: RequestContext,
  referralId: string,
  file: UploadedFile,
): Promise<Attachment> {
  const mediaType = acceptedMediaType(file);
  return db.transaction(async (tx) => {
    const { record } = await loadReferralAccess(tx, context.actor, referralId, { forUpdate: true });
    if (isReferralFinal(record.status)) {
      throw conflict('This referral is closed: no more files can be added', [], { status: record.status });
    }
    const owner = { kind: 'referral' as const, id: record.id, gstId: record.gstId, patientId: record.patientId };
    return storeAttachment(tx, context, owner, file, mediaType);
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
    const owner = { kind: 'referral' as const, id: record.id, gstId: record.gstId, patientId: record.patientId };
    return readStoredAttachment(tx, context, owner, attachmentId);
  });
}
