import { z } from 'zod';
import type { RoleAssignment } from '../auth/roles';
import { moroccoDay } from '../referrals/working-calendar';
import { requestTypeCodeSchema } from './approval-chain';

const isoDate = z.iso.date();

/**
 * An approver's delegation while absent (issue #5 §4): from and to dates (both inclusive, Morocco's calendar),
 * optionally limited to some request types. The delegate decides "on behalf of" the approver.
 */
export const createApprovalDelegationInputSchema = z
  .object({
    delegateUserId: z.uuid(),
    validFrom: isoDate,
    validTo: isoDate,
    /** Null: every request type the approver decides. */
    requestTypes: z.array(requestTypeCodeSchema).min(1).max(50).nullable().default(null),
    reason: z.string().trim().max(500).nullable().default(null),
  })
  .strict()
  .refine((input) => input.validFrom <= input.validTo, {
    message: 'The delegation ends before it starts',
    path: ['validTo'],
  });
export type CreateApprovalDelegationInput = z.infer<typeof createApprovalDelegationInputSchema>;

/**
 * A delegation as the approval checks read it: `approverAssignments` are the approver's role assignments valid at the
 * time of the decision (loaded with the delegation), since the delegate borrows exactly the approver's authority.
 */
export interface ApprovalDelegation {
  id: string;
  gstId: string;
  approverUserId: string;
  delegateUserId: string;
  validFrom: string;
  validTo: string;
  requestTypes: readonly string[] | null;
  approverAssignments: readonly RoleAssignment[];
}

/** Whether a delegation lets its delegate act for a request type at an instant. */
export function isDelegationActive(
  delegation: Pick<ApprovalDelegation, 'validFrom' | 'validTo' | 'requestTypes'>,
  type: string,
  now: Date,
): boolean {
  const day = moroccoDay(now);
  return (
    delegation.validFrom <= day &&
    day <= delegation.validTo &&
    (delegation.requestTypes === null || delegation.requestTypes.includes(type))
  );
}
