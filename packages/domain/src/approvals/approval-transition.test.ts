import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles';
import { AppError } from '../lib/app-error';
import {
  at,
  calendar,
  delegation,
  deputy,
  destinationDirector,
  draftMission,
  gstDirector,
  gstHrOfficer,
  missionConfig,
  originDirector,
  outsider,
  requester,
  requestingDirector,
} from './approval-fixtures';
import type { ApprovalDelegation } from './approval-delegation';
import type { ApprovalRequestRecord } from './approval-request-record';
import type { ApprovalCommand } from './approval-request-changes';
import { applyApprovalAction, approvalActionsFor } from './approval-transition';

function act(
  request: ApprovalRequestRecord,
  actor: Actor,
  command: ApprovalCommand,
  now = at('2026-01-12'),
  delegations: ApprovalDelegation[] = [],
) {
  return applyApprovalAction(request, command, { actor, delegations, now, calendar });
}

const submit = (version: number): ApprovalCommand => ({
  action: 'submit',
  expectedVersion: version,
  config: missionConfig,
  comment: null,
});
const approve = (version: number): ApprovalCommand => ({ action: 'approve', expectedVersion: version, comment: null });

/** A 10-day mission submitted on Friday 9 January. */
const submitted = (durationDays = 10) =>
  act(draftMission(durationDays), requester, submit(1), at('2026-01-09')).request;

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) {
      return { code: error.code, details: error.details };
    }
    throw error;
  }
  return undefined;
}

describe('applyApprovalAction: the path of a request', () => {
  it('submits a draft: the chain is selected, step 1 starts and falls due after 2 working days', () => {
    const { request, event } = act(draftMission(), requester, submit(1), at('2026-01-09'));
    expect(request).toMatchObject({ status: 'pending', currentStep: 0, version: 2 });
    expect(request.firstSubmittedAt).toBe(at('2026-01-09').toISOString());
    // Friday 9 + 2 working days: Monday 12 and Tuesday 13, so by the end of Tuesday.
    expect(request.steps.map((step) => step.dueAt)).toEqual([at('2026-01-14', '00:00').toISOString(), null]);
    expect(event).toMatchObject({ action: 'submit', fromStatus: 'draft', toStatus: 'pending', stepIndex: null });
  });

  it('goes through every step of a long mission to approval, each step starting when the previous one is approved', () => {
    let request = submitted(45);
    const approvers = [originDirector, destinationDirector, gstHrOfficer, gstDirector];
    approvers.forEach((approver, index) => {
      expect(request.currentStep).toBe(index);
      request = act(request, approver, approve(request.version), at('2026-01-13')).request;
    });
    expect(request).toMatchObject({ status: 'approved', currentStep: null, version: 6 });
    expect(request.decidedAt).toBe(at('2026-01-13').toISOString());
    expect(request.steps.map((step) => [step.decision, step.decidedByUserId])).toEqual(
      approvers.map((approver) => ['approved', approver.userId]),
    );
    // Step 2 started on Tuesday 13 with 2 working days: Wednesday 14 is a holiday, so by the end of Friday 16.
    expect(request.steps[1]?.dueAt).toBe(at('2026-01-17', '00:00').toISOString());
  });

  it('rejects at a step with the reason, which decides the request', () => {
    const { request, event } = act(submitted(), originDirector, {
      action: 'reject',
      expectedVersion: 2,
      comment: 'Service understaffed this month',
    });
    expect(request).toMatchObject({ status: 'rejected', currentStep: null, decidedAt: at('2026-01-12').toISOString() });
    expect(request.steps[0]?.decision).toBe('rejected');
    expect(event).toMatchObject({ stepIndex: 0, comment: 'Service understaffed this month', toStatus: 'rejected' });
  });

  it('returns for changes, lets the requester edit and resubmit: the chain starts over, selected for the new duration', () => {
    const returned = act(submitted(), originDirector, { action: 'return', expectedVersion: 2, comment: 'Dates?' });
    expect(returned.request).toMatchObject({ status: 'returned', currentStep: null, decidedAt: null });
    const changes = { ...returned.request, durationDays: 40 };
    const edited = act(returned.request, requester, { action: 'edit', expectedVersion: 3, changes }).request;
    const resubmitted = act(edited, requester, submit(4), at('2026-01-15')).request;
    expect(resubmitted).toMatchObject({ status: 'pending', currentStep: 0, durationDays: 40, version: 5 });
    expect(resubmitted.steps).toHaveLength(4);
    expect(resubmitted.steps.every((step) => step.decision === null)).toBe(true);
    expect(resubmitted.firstSubmittedAt).toBe(at('2026-01-09').toISOString());
    expect(resubmitted.submittedAt).toBe(at('2026-01-15').toISOString());
  });

  it('records a delegate’s decision as taken on behalf of the approver', () => {
    const { request, event } = act(submitted(), deputy, approve(2), at('2026-01-12'), [
      delegation(originDirector, deputy),
    ]);
    expect(request.steps[0]).toMatchObject({ decidedByUserId: deputy.userId, onBehalfOfUserId: originDirector.userId });
    expect(event).toMatchObject({ actorUserId: deputy.userId, onBehalfOfUserId: originDirector.userId, stepIndex: 0 });
  });

  it('adds a comment without changing the request or its version', () => {
    const request = submitted();
    const result = act(request, gstHrOfficer, { action: 'comment', comment: 'Is a replacement planned?' });
    expect(result.request).toBe(request);
    expect(result.event).toMatchObject({ action: 'comment', fromStatus: 'pending', toStatus: 'pending' });
  });
});

describe('applyApprovalAction: refusals', () => {
  it('answers 409 to an approval after withdrawal, with the current status', () => {
    const withdrawn = act(submitted(), requester, { action: 'withdraw', expectedVersion: 2, comment: null }).request;
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnAt: at('2026-01-12').toISOString() });
    expect(refusal(() => act(withdrawn, originDirector, approve(3)))).toEqual({
      code: 'conflict',
      details: { status: 'withdrawn', currentStep: null, allowedActions: [], version: 3 },
    });
  });

  it('lets one of two concurrent approvals of the same step win; the other gets 409', () => {
    const request = submitted();
    const first = act(request, originDirector, approve(2)).request;
    const secondDirector: Actor = { ...originDirector, userId: '00000000-0000-4000-8000-000000000199' };
    expect(() => act(request, secondDirector, approve(2))).not.toThrow();
    expect(refusal(() => act(first, secondDirector, approve(2)))).toEqual({
      code: 'conflict',
      details: { status: 'pending', currentStep: 1, allowedActions: ['comment'], version: 3 },
    });
  });

  it('answers 409 to a stale version even when the action is allowed', () => {
    expect(refusal(() => act(submitted(), originDirector, approve(1)))?.details).toEqual({
      status: 'pending',
      currentStep: 0,
      allowedActions: ['approve', 'reject', 'return', 'comment'],
      version: 2,
    });
  });

  it.each<{ case: string; actor: Actor; command: ApprovalCommand; code: string }>([
    { case: 'an approver outside the chain', actor: gstDirector, command: approve(2), code: 'forbidden' },
    { case: 'a physician of another establishment', actor: outsider, command: approve(2), code: 'forbidden' },
    { case: 'the requester approving', actor: requester, command: approve(2), code: 'forbidden' },
    {
      case: 'an approver withdrawing',
      actor: originDirector,
      command: { action: 'withdraw', expectedVersion: 2, comment: null },
      code: 'forbidden',
    },
    { case: 'an approver of a later step approving now', actor: gstHrOfficer, command: approve(2), code: 'conflict' },
    { case: 'the requester resubmitting a pending request', actor: requester, command: submit(2), code: 'conflict' },
  ])('refuses $case with $code', ({ actor, command, code }) => {
    expect(refusal(() => act(submitted(), actor, command))?.code).toBe(code);
  });

  it('forbids a director to approve their own request, though they hold the step role', () => {
    const own = act(draftMission(10, { requesterUserId: requestingDirector.userId }), requestingDirector, submit(1));
    expect(refusal(() => act(own.request, requestingDirector, approve(2)))?.code).toBe('forbidden');
    expect(
      approvalActionsFor(own.request, { actor: requestingDirector, delegations: [], now: at('2026-01-12') }),
    ).toEqual(['withdraw', 'comment']);
  });

  it.each([
    { case: 'a request with no applicable chain', request: draftMission(10, { durationDays: null }) },
    { case: 'a long mission without a destination', request: draftMission(45, { destinationEstablishmentId: null }) },
  ])('answers 422 on submitting $case, changing nothing', ({ request }) => {
    expect(refusal(() => act(request, requester, submit(1)))?.code).toBe('unprocessable');
    expect(request.status).toBe('draft');
  });
});
