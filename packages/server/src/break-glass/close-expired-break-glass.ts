import { BREAK_GLASS_DURATION_HOURS } from '@tansiq/domain';
import { endExpiredBreakGlassAccesses, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';
import { startPeriodicTask } from '../jobs/periodic-task';

/**
 * Closes the break-the-glass accesses that ran out: each gets its expiry as end and one `patient.break_glass.end`
 * audit event by the system, all in one transaction, so the stop of every access is in the audit trail (issue #3 §10).
 * Access itself already stops at the expiry, whatever the sweep: `activeBreakGlassSelect` compares with the clock.
 * Returns how many accesses were closed.
 */
export async function closeExpiredBreakGlass(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await endExpiredBreakGlassAccesses(tx);
    const requestId = systemRequestId();
    for (const access of expired) {
      await insertAuditEvent(
        tx,
        auditEventFor(
          { actor: null, requestId, ip: null },
          {
            action: 'patient.break_glass.end',
            entityType: 'break_glass_access',
            entityId: access.id,
            gstId: access.gstId,
            patientId: access.patientId,
            purpose: 'break_glass',
            details: {
              endedBy: 'expiry',
              userId: access.userId,
              expiresAt: access.expiresAt,
              durationMinutes: BREAK_GLASS_DURATION_HOURS * 60,
            },
          },
        ),
      );
    }
    return expired.length;
  });
}

/**
 * Runs `closeExpiredBreakGlass` every `intervalMs` in the background (the timer does not keep the process alive, and a
 * sweep never overlaps the previous one). Returns the function that stops it.
 */
export function startBreakGlassSweeper(
  db: Db,
  intervalMs: number,
  onError: (error: unknown) => void = (error) => console.error('break-the-glass sweep failed', error),
): () => void {
  return startPeriodicTask(() => closeExpiredBreakGlass(db), intervalMs, onError);
}
