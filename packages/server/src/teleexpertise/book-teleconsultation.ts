import { randomUUID } from 'node:crypto';
import {
  unprocessable,
  type BookTeleconsultationInput,
  type Teleexpertise,
  type TeleconsultationSlot,
} from '@tansiq/domain';
import {
  findGstReferralSettings,
  insertAppointment,
  insertAuditEvent,
  listFreeSlots,
  touchTeleexpertise,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { teleconsultationLink } from '../referrals/book-referral';
import { decideTeleexpertise } from './decide-teleexpertise';
import { loadTeleexpertiseAccess } from './teleexpertise-access';
import { readTeleexpertise } from './read-teleexpertise';
import { notifyTeleexpertise } from './teleexpertise-notifications';

const DAY = 86_400_000;
/** How far ahead the booking form looks for teleconsultation slots. */
const SLOT_HORIZON_DAYS = 30;

/**
 * The free teleconsultation slots of the request's destination service in the coming 30 days (at most 40), for the
 * clinicians at either end once a teleconsultation was proposed.
 * @throws AppError not_found, forbidden, conflict (no teleconsultation to book).
 */
export async function listTeleconsultationSlots(
  db: Db,
  context: RequestContext,
  id: string,
): Promise<TeleconsultationSlot[]> {
  const { record, roles } = await loadTeleexpertiseAccess(db, context.actor, id);
  await decideTeleexpertise(db, record, 'book_teleconsultation', roles);
  const now = new Date();
  const slots = await listFreeSlots(db, record.gstId, {
    establishmentId: record.destinationEstablishmentId,
    specialtyCode: record.specialtyCode,
    from: now,
    to: new Date(now.getTime() + SLOT_HORIZON_DAYS * DAY),
    mode: 'teleconsultation',
    limit: 40,
  });
  return slots.map((slot) => ({
    scheduleId: slot.scheduleId,
    sessionDate: slot.sessionDate,
    slotIndex: slot.slotIndex,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
  }));
}

/**
 * Books the teleconsultation an answer proposed, on a free teleconsultation slot of the destination service (the same
 * slots as referrals: two bookings of one slot cannot both succeed). The video room comes from the GST's link
 * template (e.g. a self-hosted Jitsi room); no video server is run here.
 * @throws AppError not_found, forbidden, conflict (not proposed, already booked, slot taken), unprocessable (slot).
 */
export async function bookTeleconsultation(
  db: Db,
  context: RequestContext,
  id: string,
  input: BookTeleconsultationInput,
  outbox: OutboundMessage[],
): Promise<Teleexpertise> {
  return db.transaction(async (tx) => {
    const { record, roles } = await loadTeleexpertiseAccess(tx, context.actor, id, { forUpdate: true });
    await decideTeleexpertise(tx, record, 'book_teleconsultation', roles);
    const dayStart = new Date(`${input.sessionDate}T00:00:00Z`);
    const now = new Date();
    const slots = await listFreeSlots(tx, record.gstId, {
      establishmentId: record.destinationEstablishmentId,
      specialtyCode: record.specialtyCode,
      from: new Date(Math.max(now.getTime(), dayStart.getTime() - DAY)),
      to: new Date(dayStart.getTime() + 2 * DAY),
      mode: 'teleconsultation',
      limit: 500,
    });
    const slot = slots.find(
      (candidate) =>
        candidate.scheduleId === input.scheduleId &&
        candidate.sessionDate === input.sessionDate &&
        candidate.slotIndex === input.slotIndex,
    );
    if (!slot) {
      throw unprocessable('This slot is not a free teleconsultation slot of the destination service', [
        { path: ['slotIndex'], message: 'Choose one of the free slots offered' },
      ]);
    }
    const appointmentId = randomUUID();
    const { teleconsultationLinkTemplate } = await findGstReferralSettings(tx, record.gstId);
    const videoUrl = teleconsultationLink(teleconsultationLinkTemplate, appointmentId);
    await insertAppointment(
      tx,
      record.gstId,
      {
        id: appointmentId,
        referralId: null,
        teleexpertiseId: record.id,
        patientId: record.patientId,
        establishmentId: record.destinationEstablishmentId,
        specialtyCode: record.specialtyCode,
        scheduleId: slot.scheduleId,
        sessionDate: slot.sessionDate,
        slotIndex: slot.slotIndex,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        mode: 'teleconsultation',
        videoUrl,
      },
      context.actor.userId,
    );
    await touchTeleexpertise(tx, record.gstId, record.id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.teleconsultation.book',
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
        details: { appointmentId, startsAt: slot.startsAt.toISOString() },
      }),
    );
    outbox.push(...(await notifyTeleexpertise(tx, record, 'teleconsultation_booked', context.actor.userId)));
    return readTeleexpertise(tx, { gstId: record.gstId, id: record.id, roles });
  });
}
