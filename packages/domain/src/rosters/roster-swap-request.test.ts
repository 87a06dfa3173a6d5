import { describe, expect, it } from 'vitest';
import { approverRuleSchema, selectApprovalChain } from '../approvals/approval-chain';
import {
  defaultRosterSwapConfig,
  rosterSwapChanges,
  rosterSwapOrigin,
  rosterSwapRequestType,
  rosterSwapSubjectSchema,
  withRosterChanges,
} from './roster-swap-request';

const holder = '00000000-0000-4000-8000-0000000000a1';
const colleague = '00000000-0000-4000-8000-0000000000b2';
const subject = (overrides: Record<string, unknown> = {}) => ({
  rosterId: '00000000-0000-4000-8000-000000000001',
  shiftId: 'line/2027-03-04/1',
  fromStaffMemberId: holder,
  toStaffMemberId: colleague,
  counterShiftId: null,
  reason: 'Mariage de ma sœur',
  ...overrides,
});

const issuePaths = (raw: unknown) => {
  const result = rosterSwapSubjectSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('rosterSwapSubjectSchema', () => {
  it.each([
    ['a swap with oneself', subject({ toStaffMemberId: holder }), ['toStaffMemberId']],
    ['an exchange of a shift for itself', subject({ counterShiftId: 'line/2027-03-04/1' }), ['counterShiftId']],
    ['a roster that is not an id', subject({ rosterId: 'march' }), ['rosterId']],
    ['an empty shift', subject({ shiftId: '' }), ['shiftId']],
    ['a reason of more than 2,000 characters', subject({ reason: 'x'.repeat(2_001) }), ['reason']],
    ['an unknown field', { ...subject(), amount: 1 }, ['']],
  ])('rejects %s', (_case, raw, paths) => {
    expect(issuePaths(raw)).toEqual(paths);
  });

  it.each([
    ['a replacement', subject()],
    ['an exchange', subject({ counterShiftId: 'line/2027-03-09/1' })],
    ['a swap without a reason', { ...subject(), reason: undefined }],
  ])('accepts %s', (_case, raw) => {
    expect(issuePaths(raw)).toEqual([]);
  });
});

describe('the roster swap request type and its default chain', () => {
  it('has no measures and goes to the origin establishment’s administrator within 2 working days', () => {
    const parsed = rosterSwapRequestType.parseSubject(subject());
    expect(parsed.measures).toEqual({ amount: null, durationDays: null });
    const chain = selectApprovalChain(defaultRosterSwapConfig, parsed.measures);
    expect(chain.steps).toEqual([
      { approver: { role: 'establishment_admin', scope: 'origin_establishment' }, respondWithinWorkingDays: 2 },
    ]);
    expect(approverRuleSchema.safeParse(chain.steps[0]?.approver).success).toBe(true);
  });

  it('reports an invalid subject under `subject`', () => {
    expect(() => rosterSwapRequestType.parseSubject(subject({ toStaffMemberId: holder }))).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['subject', 'toStaffMemberId'] })] }),
    );
  });
});

describe('rosterSwapChanges and withRosterChanges', () => {
  const before = [
    { shiftId: 's1', staffId: holder },
    { shiftId: 's2', staffId: colleague },
    { shiftId: 's3', staffId: 'other' },
  ];
  it.each([
    ['a replacement moves one shift', null, [{ shiftId: 's1', staffId: colleague }], ['s2', 's3', 's1']],
    [
      'an exchange moves both',
      's2',
      [
        { shiftId: 's1', staffId: colleague },
        { shiftId: 's2', staffId: holder },
      ],
      ['s3', 's1', 's2'],
    ],
  ])('%s', (_case, counterShiftId, changes, order) => {
    const made = rosterSwapChanges({
      shiftId: 's1',
      fromStaffMemberId: holder,
      toStaffMemberId: colleague,
      counterShiftId,
    });
    expect(made).toEqual(changes);
    const after = withRosterChanges(before, made);
    expect(after.map((assignment) => assignment.shiftId)).toEqual(order);
    expect(after.find((assignment) => assignment.shiftId === 's1')?.staffId).toBe(colleague);
  });
});

describe('rosterSwapOrigin', () => {
  it.each([
    ['a line of one establishment', ['chp'], ['chp'], 'chp'],
    ['a pooled line: where the holder works', ['chp', 'hp'], ['hp', 'csr'], 'hp'],
    ['a pooled line: the first the holder works at, in the line’s order', ['chp', 'hp'], ['hp', 'chp'], 'chp'],
    ['a holder working elsewhere: the line’s first', ['chp', 'hp'], ['csr'], 'chp'],
  ])('%s', (_case, line, holderWorks, origin) => {
    expect(rosterSwapOrigin(line, holderWorks)).toBe(origin);
  });
});
