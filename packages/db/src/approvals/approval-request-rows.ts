import type { ApprovalRequestRecord, ApprovalStatus, ApprovalStepState } from '@tansiq/domain';
import { asText, asTextOrNull, toIso, toIsoOrNull } from '../lib/rows';

/** A stored request: the domain record plus what only storage knows (the person concerned, the outcome, names). */
export interface StoredApprovalRequest {
  record: ApprovalRequestRecord;
  concernedUserId: string | null;
  outcome: Record<string, unknown> | null;
  overdueFlaggedStep: number | null;
  requesterName: string;
  origin: { id: string; nameFr: string; nameAr: string | null };
  destination: { id: string; nameFr: string; nameAr: string | null } | null;
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
const numberOrNull = (value: unknown): number | null => (value == null ? null : Number(value));
const timestamp = (value: unknown): string | null => toIsoOrNull(value as Date | string | null);

/** The columns every request query selects, with the names the presenters show. */
export const approvalRequestColumns = `r.*, u.display_name as requester_name,
  o.name_fr as origin_name_fr, o.name_ar as origin_name_ar,
  d.name_fr as destination_name_fr, d.name_ar as destination_name_ar`;

/** The joins that go with `approvalRequestColumns`. */
export const approvalRequestJoins = `from approval_requests r
  join users u on u.id = r.requester_user_id
  join establishments o on o.gst_id = r.gst_id and o.id = r.origin_establishment_id
  left join establishments d on d.gst_id = r.gst_id and d.id = r.destination_establishment_id`;

/** Maps a request row (with the joined names) to the stored request. */
export function toStoredApprovalRequest(row: Record<string, unknown>): StoredApprovalRequest {
  const destinationId = asTextOrNull(row.destination_establishment_id);
  const record: ApprovalRequestRecord = {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    type: asText(row.type),
    subject: json(row.subject),
    requesterUserId: asText(row.requester_user_id),
    originEstablishmentId: asText(row.origin_establishment_id),
    destinationEstablishmentId: destinationId,
    amount: numberOrNull(row.amount),
    durationDays: numberOrNull(row.duration_days),
    status: asText(row.status) as ApprovalStatus,
    currentStep: numberOrNull(row.current_step),
    steps: json(row.steps) as ApprovalStepState[],
    version: Number(row.version),
    createdAt: toIso(row.created_at as Date | string),
    firstSubmittedAt: timestamp(row.first_submitted_at),
    submittedAt: timestamp(row.submitted_at),
    decidedAt: timestamp(row.decided_at),
    withdrawnAt: timestamp(row.withdrawn_at),
  };
  return {
    record,
    concernedUserId: asTextOrNull(row.concerned_user_id),
    outcome: row.outcome == null ? null : (json(row.outcome) as Record<string, unknown>),
    overdueFlaggedStep: numberOrNull(row.overdue_flagged_step),
    requesterName: asText(row.requester_name),
    origin: {
      id: record.originEstablishmentId,
      nameFr: asText(row.origin_name_fr),
      nameAr: asTextOrNull(row.origin_name_ar),
    },
    destination:
      destinationId === null
        ? null
        : { id: destinationId, nameFr: asText(row.destination_name_fr), nameAr: asTextOrNull(row.destination_name_ar) },
  };
}
