import { authorize, notFound } from '@tansiq/domain';
import {
  findEstablishmentById,
  findGstById,
  findPatientById,
  findUserById,
  insertAuditEvent,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { renderLetterPdf, type LetterLanguage } from '../documents';
import type { RequestContext } from '../http/request-context';
import { composeReferralLetter, type ReferralLetterKind } from './compose-referral-letter';
import { loadReferralAccess } from './referral-access';
import { readReferral } from './read-referral';

/** Whether the reader may print a kind of letter: the appointment letter has no clinical content; the others do. */
const needsClinicalAccess = (kind: ReferralLetterKind) => kind !== 'appointment';

/**
 * Prints a referral's letter as a PDF in French, Arabic or English, for establishments not yet connected. Audited.
 * @throws AppError not_found, forbidden (the desk printing a clinical letter), conflict (no report yet).
 */
export async function printReferralLetter(
  db: Db,
  context: RequestContext,
  id: string,
  kind: ReferralLetterKind,
  language: LetterLanguage,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  const letter = await db.transaction(async (tx) => {
    const { record, roles, clinical } = await loadReferralAccess(tx, context.actor, id);
    authorize({
      visible: true,
      allowed: clinical || !needsClinicalAccess(kind),
      entity: 'referral',
      gstId: record.gstId,
    });
    if (kind === 'counter_referral' && !record.counterReferral) {
      throw notFound('counter-referral');
    }
    const referral = await readReferral(tx, { gstId: record.gstId, id: record.id, roles, clinical });
    const [patient, gst, origin, destination, sender, consultant] = await Promise.all([
      findPatientById(tx, record.patientId),
      findGstById(tx, record.gstId),
      findEstablishmentById(tx, record.originEstablishmentId),
      findEstablishmentById(tx, record.destinationEstablishmentId),
      findUserById(tx, record.senderUserId),
      record.counterReferredBy ? findUserById(tx, record.counterReferredBy) : Promise.resolve(undefined),
    ]);
    if (!patient || !gst || !origin || !destination) {
      throw new Error('A referral names records that cannot be read');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'referral.letter',
        entityType: 'referral',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'referral',
        details: { kind, language },
      }),
    );
    return composeReferralLetter(kind, language, {
      referral,
      patient,
      gst,
      origin,
      destination,
      senderName: sender?.displayName ?? '',
      counterReferredByName: consultant?.displayName ?? null,
    });
  });
  return { pdf: await renderLetterPdf(letter), fileName: `${letter.reference}-${kind}-${language}` };
}
