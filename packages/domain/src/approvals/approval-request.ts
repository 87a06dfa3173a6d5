import { z } from 'zod';
import { requestTypeCodeSchema } from './approval-chain';

/**
 * What the API takes for requests for approval (issue #5 §4). The subject is checked afterwards by the schema of the
 * request's type (`parseRequestSubject`), which also measures its amount and duration: the client never sends those.
 */
const version = z.number().int().min(1);
const comment = z.string().trim().min(1).max(4_000);

export const createApprovalRequestInputSchema = z
  .object({
    type: requestTypeCodeSchema,
    subject: z.unknown(),
    originEstablishmentId: z.uuid(),
    destinationEstablishmentId: z.uuid().nullable().default(null),
    /** Submit at once (the usual case), or keep as a draft. */
    submit: z.boolean().default(true),
  })
  .strict();
export type CreateApprovalRequestInput = z.infer<typeof createApprovalRequestInputSchema>;

/** Changing a draft or a returned request: its subject, and its destination for types that have one. */
export const editApprovalRequestInputSchema = z
  .object({ version, subject: z.unknown(), destinationEstablishmentId: z.uuid().nullable().default(null) })
  .strict();
export type EditApprovalRequestInput = z.infer<typeof editApprovalRequestInputSchema>;

/** Submitting (or resubmitting after a return), approving the current step, withdrawing: a comment is optional. */
export const approvalVersionInputSchema = z.object({ version, comment: comment.nullable().default(null) }).strict();
export type ApprovalVersionInput = z.infer<typeof approvalVersionInputSchema>;

/** Rejecting, or returning for changes: the requester must be told why. */
export const approvalReasonInputSchema = z.object({ version, comment }).strict();
export type ApprovalReasonInput = z.infer<typeof approvalReasonInputSchema>;

/** A comment on an open request; it changes nothing, so it carries no version. */
export const approvalCommentInputSchema = z.object({ comment }).strict();
export type ApprovalCommentInput = z.infer<typeof approvalCommentInputSchema>;
