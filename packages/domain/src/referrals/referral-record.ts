import type { CounterReferral, DeclineReason } from './referral';
import type { ReferralStatus, ReferralUrgency } from './referral-state-machine';

/**
 * A referral as stored: what `db` reads and writes and the server's use cases work on. The API never sends it as is;
 * the presenter shapes it for the actor (masking clinical content for the desk).
 */
export interface ReferralRecord {
  gstId: string;
  id: string;
  number: string;
  patientId: string;
  specialtyCode: string;
  urgency: ReferralUrgency;
  status: ReferralStatus;
  reason: string;
  clinicalSummary: string;
  originEstablishmentId: string;
  senderUserId: string;
  destinationEstablishmentId: string;
  returnEstablishmentId: string;
  pathwayMapId: string | null;
  pathwayRank: number | null;
  offPathwayJustification: string | null;
  sourceTeleexpertiseId: string | null;
  appointmentId: string | null;
  declineReason: DeclineReason | null;
  declineAdvice: string | null;
  cancelReason: string | null;
  counterReferral: CounterReferral | null;
  counterReferredBy: string | null;
  acceptDueAt: string | null;
  appointmentDueAt: string | null;
  counterReferralDueAt: string | null;
  sentAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  firstBookedAt: string | null;
  attendedAt: string | null;
  counterReferredAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  waitlistedAt: string | null;
  isDemo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields a transition may change (the status and version move with every transition). */
export type ReferralChanges = Partial<
  Omit<ReferralRecord, 'gstId' | 'id' | 'number' | 'patientId' | 'isDemo' | 'version' | 'createdAt' | 'updatedAt'>
>;
