import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles';
import type { ApprovalDelegation } from './approval-delegation';
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
  originHrOfficer,
  otherGstHrOfficer,
  outsider,
  requester,
  requestingDirector,
} from './approval-fixtures';
import { approvalPartiesOf, canDecideStep, canViewApprovalRequest, findStepAuthority } from './approval-policy';
import type { ApprovalRequestRecord } from './approval-request-record';
import { applyApprovalAction } from './approval-transition';

const now = at('2026-01-12');

/** A request submitted on Friday 9 January and waiting on step `step` (0: origin director, 1: GST HR officer). */
function pendingAt(step: number, durationDays = 10, requesterActor: Actor = requester): ApprovalRequestRecord {
  const submitted = applyApprovalAction(
    draftMission(durationDays, { requesterUserId: requesterActor.userId }),
    { action: 'submit', expectedVersion: 1, config: missionConfig, comment: null },
    { actor: requesterActor, delegations: [], now: at('2026-01-09'), calendar },
  ).request;
  return { ...submitted, currentStep: step };
}

describe('canDecideStep', () => {
  it.each<{ case: string; actor: Actor; step: number; expected: boolean }>([
    { case: 'the origin director decides the first step', actor: originDirector, step: 0, expected: true },
    { case: 'the origin director does not decide the GST step', actor: originDirector, step: 1, expected: false },
    { case: 'the GST HR officer decides the GST step', actor: gstHrOfficer, step: 1, expected: true },
    { case: 'the GST HR officer does not decide the origin step', actor: gstHrOfficer, step: 0, expected: false },
    {
      case: "an establishment's HR officer does not decide a GST step",
      actor: originHrOfficer,
      step: 1,
      expected: false,
    },
    { case: "another GST's HR officer does not decide", actor: otherGstHrOfficer, step: 1, expected: false },
    {
      case: 'the destination director does not decide the origin step',
      actor: destinationDirector,
      step: 0,
      expected: false,
    },
    { case: 'a physician elsewhere does not decide', actor: outsider, step: 0, expected: false },
    { case: 'the requester does not decide', actor: requester, step: 0, expected: false },
  ])('$case', ({ actor, step, expected }) => {
    expect(canDecideStep(actor, pendingAt(step), [], now)).toBe(expected);
  });

  it('never lets the requester decide their own request, even holding the step role', () => {
    const own = pendingAt(0, 10, requestingDirector);
    expect(canDecideStep(requestingDirector, own, [], now)).toBe(false);
    expect(canDecideStep(originDirector, pendingAt(0), [], now)).toBe(true);
  });

  it.each(['draft', 'returned', 'approved', 'rejected', 'withdrawn'] as const)(
    'lets nobody decide a %s request',
    (status) => {
      expect(canDecideStep(originDirector, { ...pendingAt(0), status }, [], now)).toBe(false);
    },
  );
});

describe('delegation', () => {
  const cases: { case: string; delegations: ApprovalDelegation[]; instant: Date; expected: string | null }[] = [
    {
      case: 'an active delegation',
      delegations: [delegation(originDirector, deputy)],
      instant: now,
      expected: originDirector.userId,
    },
    {
      case: 'a delegation on its last day',
      delegations: [delegation(originDirector, deputy, { validTo: '2026-01-12' })],
      instant: at('2026-01-12', '23:30'),
      expected: originDirector.userId,
    },
    {
      case: 'an expired delegation',
      delegations: [delegation(originDirector, deputy, { validTo: '2026-01-11' })],
      instant: now,
      expected: null,
    },
    {
      case: 'a delegation not started yet',
      delegations: [delegation(originDirector, deputy, { validFrom: '2026-01-13' })],
      instant: now,
      expected: null,
    },
    {
      case: 'a delegation limited to the mission type',
      delegations: [delegation(originDirector, deputy, { requestTypes: ['roster_swap', 'temporary_mission'] })],
      instant: now,
      expected: originDirector.userId,
    },
    {
      case: 'a delegation limited to other types',
      delegations: [delegation(originDirector, deputy, { requestTypes: ['roster_swap'] })],
      instant: now,
      expected: null,
    },
    {
      case: "a delegation from someone who is not the step's approver",
      delegations: [delegation(gstDirector, deputy)],
      instant: now,
      expected: null,
    },
    {
      case: 'a delegation to someone else',
      delegations: [delegation(originDirector, outsider)],
      instant: now,
      expected: null,
    },
    {
      case: 'a delegation of another GST',
      delegations: [delegation(originDirector, deputy, { gstId: '00000000-0000-4000-8000-000000000002' })],
      instant: now,
      expected: null,
    },
  ];

  it.each(cases)('lets the deputy decide on behalf of the director through $case: $expected', (row) => {
    const authority = findStepAuthority(deputy, pendingAt(0), 0, row.delegations, row.instant);
    expect(authority?.onBehalfOfUserId ?? null).toBe(row.expected);
    expect(canDecideStep(deputy, pendingAt(0), row.delegations, row.instant)).toBe(row.expected !== null);
  });

  it('prefers the approver’s own authority over a delegation they also hold', () => {
    const both = findStepAuthority(
      originDirector,
      pendingAt(0),
      0,
      [delegation(requestingDirector, originDirector)],
      now,
    );
    expect(both).toEqual({ onBehalfOfUserId: null });
  });

  it('ignores a delegation from the requester: nobody approves a request on its requester’s behalf', () => {
    const own = pendingAt(0, 10, requestingDirector);
    expect(canDecideStep(deputy, own, [delegation(requestingDirector, deputy)], now)).toBe(false);
  });
});

describe('approval parties and visibility', () => {
  it.each<{ actor: Actor; parties: string[] }>([
    { actor: requester, parties: ['requester'] },
    { actor: originDirector, parties: ['approver'] },
    { actor: gstHrOfficer, parties: ['approver'] },
    { actor: gstDirector, parties: [] },
    { actor: outsider, parties: [] },
  ])('sees $actor.username as $parties on a 10-day mission', ({ actor, parties }) => {
    expect(approvalPartiesOf(actor, pendingAt(0), [], now)).toEqual(parties);
    expect(canViewApprovalRequest(actor, pendingAt(0), [], now)).toBe(parties.length > 0);
  });

  it('counts the GST director in the chain of a mission over 30 days', () => {
    expect(approvalPartiesOf(gstDirector, pendingAt(0, 45), [], now)).toEqual(['approver']);
  });

  it('keeps a draft to its requester', () => {
    expect(canViewApprovalRequest(originDirector, draftMission(), [], now)).toBe(false);
    expect(canViewApprovalRequest(requester, draftMission(), [], now)).toBe(true);
  });
});
