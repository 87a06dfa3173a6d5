import { randomUUID } from 'node:crypto';
import { conflict, type AnswerTeleexpertiseInput, type Teleexpertise } from '@tansiq/domain';
import { answerTeleexpertiseRecord, insertAuditEvent, insertCareAct, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { decideTeleexpertise } from './decide-teleexpertise';
import { loadTeleexpertiseAccess } from './teleexpertise-access';
import { readTeleexpertise } from './read-teleexpertise';
import { notifyTeleexpertise } from './teleexpertise-notifications';

/**
 * A destination physician answers an open request: advice only, a referral to send (the answer returns its prefill to
 * the asker's side), or a teleconsultation to book. The answer is recorded as a care act (author, date, specialty) for
 * pay-per-act. Two physicians answering at once: the row lock and the version let one win, the other gets 409.
 * @throws AppError not_found, forbidden, conflict (answered, cancelled, stale version).
 */
export async function answerTeleexpertise(
  db: Db,
  context: RequestContext,
  id: string,
  input: AnswerTeleexpertiseInput,
  outbox: OutboundMessage[],
): Promise<Teleexpertise> {
  return db.transaction(async (tx) => {
    const { record, roles } = await loadTeleexpertiseAccess(tx, context.actor, id, { forUpdate: true });
    await decideTeleexpertise(tx, record, 'answer', roles);
    const answeredAt = new Date().toISOString();
    const answered = await answerTeleexpertiseRecord(tx, record.gstId, record.id, input.version, {
      kind: input.kind,
      text: input.text,
      answeredBy: context.actor.userId,
      answeredAt,
    });
    if (!answered) {
      throw conflict('The request changed since you opened it; reload it', [], { version: record.version });
    }
    await insertCareAct(tx, record.gstId, {
      id: randomUUID(),
      kind: 'teleexpertise_answer',
      authorUserId: context.actor.userId,
      establishmentId: record.destinationEstablishmentId,
      specialtyCode: record.specialtyCode,
      patientId: record.patientId,
      sourceType: 'teleexpertise',
      sourceId: record.id,
      performedAt: answeredAt,
    });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.answer',
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
        details: { kind: input.kind, late: new Date(answeredAt) > new Date(record.dueAt) },
      }),
    );
    const next = { ...record, status: 'answered' as const, answerKind: input.kind };
    outbox.push(...(await notifyTeleexpertise(tx, next, 'teleexpertise_answered', context.actor.userId)));
    return readTeleexpertise(tx, { gstId: record.gstId, id: record.id, roles });
  });
}
