import type { TeleexpertiseAnswerKind, TeleexpertiseStatus } from './teleexpertise-state-machine';

/** A tele-expertise request as stored: what `db` reads and writes; the presenter shapes it for the API. */
export interface TeleexpertiseRecord {
  gstId: string;
  id: string;
  number: string;
  patientId: string;
  specialtyCode: string;
  requesterUserId: string;
  originEstablishmentId: string;
  destinationEstablishmentId: string;
  question: string;
  status: TeleexpertiseStatus;
  dueAt: string;
  answerKind: TeleexpertiseAnswerKind | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  referralId: string | null;
  isDemo: boolean;
  version: number;
  createdAt: string;
}
