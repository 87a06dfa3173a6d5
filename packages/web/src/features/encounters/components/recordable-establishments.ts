import { canRecordEncounter, type Actor, type Me } from '@tansiq/domain';

/** An establishment where the signed-in user may record encounters, with its name as the session knows it. */
export interface RecordableEstablishment {
  id: string;
  name: string;
  /** Whether the user works there as a clinician (then they are the default practitioner). */
  clinician: boolean;
}

/**
 * The establishments of a GST where the user may record an encounter, from their assignments valid today (`actor`).
 * Only used to offer the action: the server decides.
 */
export function recordableEstablishments(me: Me, actor: Actor, gstId: string): RecordableEstablishment[] {
  const result = new Map<string, RecordableEstablishment>();
  for (const assignment of me.user.assignments) {
    const establishmentId = assignment.establishmentId;
    if (establishmentId === null || !canRecordEncounter(actor, { gstId, establishmentId })) {
      continue;
    }
    const clinician =
      actor.assignments.some(
        (held) => held.establishmentId === establishmentId && (held.role === 'physician' || held.role === 'nurse'),
      ) ||
      (result.get(establishmentId)?.clinician ?? false);
    result.set(establishmentId, {
      id: establishmentId,
      name: assignment.establishmentName ?? establishmentId,
      clinician,
    });
  }
  return [...result.values()];
}
