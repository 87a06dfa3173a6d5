import { randomUUID } from 'node:crypto';
import { unprocessable, type BookReferralInput, type Referral } from '@tansiq/domain';
import { insertAppointment, listFreeSlots, setAppointmentStatus, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { authorizeReferralStep } from './authorize-referral-step';
import { loadReferralAccess } from './referral-access';
import { finishReferralStep, loopStep } from './finish-referral-step';

/** The room of a teleconsultation from the GST's template (`{room}` replaced), or null without a template. */
export const teleconsultationLink = (template: string | null, appointmentId: string): string | null =>
  template ? template.replace('{room}', `tansiq-${appointmentId}`) : null;

/**
 * Books (or reschedules) a referral's appointment on a free slot of the destination service: the destination's staff,
 * or the sender's where the service allows direct booking. The slot must be one of the service's free slots now; two
 * bookings of the last slot cannot both succeed (unique slot, 409). Rescheduling frees the old slot.
 * @throws AppError not_found, forbidden, conflict (status, version, slot taken), unprocessable (past or unknown slot).
 */
export async function bookReferral(
  db: Db,
  context: RequestContext,
  id: string,
  input: BookReferralInput,
  outbox: OutboundMessage[],
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const access = await loadReferralAccess(tx, context.actor, id);
    const { record, roles, clinical } = access;
    const action = record.status === 'booked' ? 'reschedule' : 'book';
    authorizeReferralStep(access, action, input.version);
    const now = new Date();
    const dayStart = new Date(`${input.sessionDate}T00:00:00Z`);
    const slots = await listFreeSlots(tx, record.gstId, {
      establishmentId: record.destinationEstablishmentId,
      specialtyCode: record.specialtyCode,
      from: new Date(Math.max(now.getTime(), dayStart.getTime() - 86_400_000)),
      to: new Date(dayStart.getTime() + 2 * 86_400_000),
      limit: 500,
    });
    const slot = slots.find(
      (candidate) =>
        candidate.scheduleId === input.scheduleId &&
        candidate.sessionDate === input.sessionDate &&
        candidate.slotIndex === input.slotIndex,
    );
    if (!slot) {
      throw unprocessable('This slot is not a free slot of the destination service', [
        { path: ['slotIndex'], message: 'Choose one of the free slots offered' },
      ]);
    }
    if (record.appointmentId) {
      await setAppointmentStatus(tx, record.gstId, record.appointmentId, 'cancelled', 'rescheduled');
    }
    const appointmentId = randomUUID();
    const videoUrl =
      slot.mode === 'teleconsultation'
        ? teleconsultationLink(access.settings.teleconsultationLinkTemplate, appointmentId)
        : null;
    await insertAppointment(
      tx,
      record.gstId,
      {
        id: appointmentId,
        referralId: record.id,
        teleexpertiseId: null,
        patientId: record.patientId,
        establishmentId: record.destinationEstablishmentId,
        specialtyCode: record.specialtyCode,
        scheduleId: slot.scheduleId,
        sessionDate: slot.sessionDate,
        slotIndex: slot.slotIndex,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        mode: slot.mode,
        videoUrl,
      },
      context.actor.userId,
    );
    const details = { startsAt: slot.startsAt.toISOString(), mode: slot.mode, appointmentId };
    return finishReferralStep(
      tx,
      context.actor.userId,
      loopStep(context, record, {
        action,
        to: 'booked',
        changes: { appointmentId, firstBookedAt: record.firstBookedAt ?? now.toISOString() },
        fromDestination: roles.some((role) => role.party === 'destination'),
        details,
        notifications: ['referral_booked'],
        now,
      }),
      { roles, clinical },
      outbox,
    );
  });
}
