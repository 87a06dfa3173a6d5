import type { ParsedRequestSubject } from './request-type';
import type { ApprovalRequestRecord } from './approval-request-record';

/** What a new request is made of: its identity, who asks, from where, and its subject parsed by its type. */
export interface ApprovalDraftInput {
  id: string;
  gstId: string;
  type: string;
  parsed: ParsedRequestSubject;
  requesterUserId: string;
  originEstablishmentId: string;
  destinationEstablishmentId: string | null;
  now: Date;
}

/** A new request as a draft at version 1; submitting it (`applyApprovalAction`) selects its chain. */
export function draftApprovalRequest(input: ApprovalDraftInput): ApprovalRequestRecord {
  return {
    id: input.id,
    gstId: input.gstId,
    type: input.type,
    subject: input.parsed.subject,
    requesterUserId: input.requesterUserId,
    originEstablishmentId: input.originEstablishmentId,
    destinationEstablishmentId: input.destinationEstablishmentId,
    amount: input.parsed.measures.amount,
    durationDays: input.parsed.measures.durationDays,
    status: 'draft',
    currentStep: null,
    steps: [],
    version: 1,
    createdAt: input.now.toISOString(),
    firstSubmittedAt: null,
    submittedAt: null,
    decidedAt: null,
    withdrawnAt: null,
  };
}
