import { describe, expect, it } from 'vitest';
import {
  allowedApprovalActions,
  approvalActions,
  approvalStatuses,
  decideApprovalAction,
  isApprovalFinal,
  type ApprovalAction,
  type ApprovalParty,
  type ApprovalStatus,
} from './approval-state-machine';

/** How an actor stands to a request: the step approver decides the current step, a chain approver another step. */
const standings = ['requester', 'step_approver', 'chain_approver', 'outsider'] as const;
type Standing = (typeof standings)[number];

const partiesOf: Record<Standing, ApprovalParty[]> = {
  requester: ['requester'],
  step_approver: ['approver'],
  chain_approver: ['approver'],
  outsider: [],
};

/** Every (status, standing) written out by hand: the actions allowed. Anything else is refused. */
const expected: Record<ApprovalStatus, Partial<Record<Standing, string>>> = {
  draft: { requester: 'edit submit withdraw' },
  pending: {
    requester: 'withdraw comment',
    step_approver: 'approve reject return comment',
    chain_approver: 'comment',
  },
  returned: { requester: 'edit submit withdraw comment', step_approver: 'comment', chain_approver: 'comment' },
  approved: {},
  rejected: {},
  withdrawn: {},
};

/** The actions a standing may ever take: refusing any other answers 403, refusing one of these 409. */
const mayEver: Record<Standing, string> = {
  requester: 'edit submit withdraw comment',
  step_approver: 'approve reject return comment',
  chain_approver: 'approve reject return comment',
  outsider: '',
};

const words = (text: string | undefined) => (text ?? '').split(' ').filter(Boolean);
const cells = approvalStatuses.flatMap((status) => standings.map((standing) => ({ status, standing })));

describe('the approval state machine', () => {
  it.each(cells)('$status: the $standing may take exactly the listed actions', ({ status, standing }) => {
    const context = { decidesCurrentStep: standing === 'step_approver' && status === 'pending', isLastStep: false };
    const listed = words(expected[status][standing]);
    const parties = partiesOf[standing];
    expect([...allowedApprovalActions(status, parties, context)].sort()).toEqual([...listed].sort());
    for (const action of approvalActions) {
      const outcome = decideApprovalAction(status, action, parties, context).outcome;
      const refusal = words(mayEver[standing]).includes(action) ? 'conflict' : 'forbidden';
      expect(`${action}: ${outcome}`).toBe(`${action}: ${listed.includes(action) ? 'allowed' : refusal}`);
    }
  });

  it.each<[ApprovalStatus, ApprovalAction, boolean, ApprovalStatus]>([
    ['draft', 'edit', false, 'draft'],
    ['draft', 'submit', false, 'pending'],
    ['returned', 'submit', false, 'pending'],
    ['pending', 'approve', false, 'pending'],
    ['pending', 'approve', true, 'approved'],
    ['pending', 'reject', false, 'rejected'],
    ['pending', 'return', false, 'returned'],
    ['pending', 'withdraw', false, 'withdrawn'],
    ['returned', 'withdraw', false, 'withdrawn'],
    ['draft', 'withdraw', false, 'withdrawn'],
    ['pending', 'comment', false, 'pending'],
  ])('%s + %s (last step: %s) → %s', (from, action, isLastStep, to) => {
    const parties: ApprovalParty[] = ['requester', 'approver'];
    expect(decideApprovalAction(from, action, parties, { decidesCurrentStep: true, isLastStep })).toEqual({
      outcome: 'allowed',
      to,
    });
  });

  it('answers an approval after withdrawal with the actions still allowed', () => {
    const context = { decidesCurrentStep: false, isLastStep: false };
    expect(decideApprovalAction('withdrawn', 'approve', ['approver'], context)).toEqual({
      outcome: 'conflict',
      allowedActions: [],
    });
    expect(decideApprovalAction('pending', 'approve', ['approver'], context)).toEqual({
      outcome: 'conflict',
      allowedActions: ['comment'],
    });
  });

  it.each(approvalStatuses)('tells whether %s is final', (status) => {
    expect(isApprovalFinal(status)).toBe(['approved', 'rejected', 'withdrawn'].includes(status));
  });
});
