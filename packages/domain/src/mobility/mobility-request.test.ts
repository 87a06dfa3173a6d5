import { describe, expect, it } from 'vitest';
import { selectApprovalChain } from '../approvals/approval-chain';
import { defaultMobilityConfig, mobilityRequestType, mobilitySubjectSchema } from './mobility-request';

const subject = (overrides: Record<string, unknown> = {}) => ({
  kind: 'temporary_mission',
  staffMemberId: '00000000-0000-4000-8000-000000000900',
  fromEstablishmentId: '00000000-0000-4000-8000-000000000011',
  toEstablishmentId: '00000000-0000-4000-8000-000000000012',
  startsOn: '2027-03-01',
  endsOn: '2027-03-05',
  timeShare: 50,
  ...overrides,
});

const issuePaths = (raw: unknown) => {
  const result = mobilitySubjectSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('mobilitySubjectSchema', () => {
  it.each([
    ['a mission ending before it starts', subject({ endsOn: '2027-02-27' }), ['endsOn']],
    ['a mission without an end', subject({ endsOn: null }), ['endsOn']],
    [
      'a mobility to its own origin',
      subject({ toEstablishmentId: subject().fromEstablishmentId }),
      ['toEstablishmentId'],
    ],
    ['a permanent transfer with an end', subject({ kind: 'permanent_transfer', timeShare: 100 }), ['endsOn']],
    ['a permanent transfer of part of the time', subject({ kind: 'permanent_transfer', endsOn: null }), ['timeShare']],
    ['a share over 100 %', subject({ timeShare: 120 }), ['timeShare']],
    ['an unknown field', { ...subject(), salary: 1 }, ['']],
  ])('rejects %s', (_case, raw, paths) => {
    expect(issuePaths(raw)).toEqual(paths);
  });

  it('accepts a mission and a permanent transfer', () => {
    expect(issuePaths(subject())).toEqual([]);
    expect(issuePaths(subject({ kind: 'permanent_transfer', endsOn: null, timeShare: 100 }))).toEqual([]);
  });
});

describe('the mobility request type and its default chains', () => {
  it.each([
    ['a 5-day mission: the GST HR alone', subject(), 5, ['hr_officer']],
    [
      'a 31-day secondment: the host, then the GST HR',
      subject({ kind: 'secondment', endsOn: '2027-03-31' }),
      31,
      ['establishment_admin', 'hr_officer'],
    ],
    [
      'a permanent transfer: the host, the GST HR, the GST director',
      subject({ kind: 'permanent_transfer', endsOn: null, timeShare: 100 }),
      null,
      ['establishment_admin', 'hr_officer', 'gst_director'],
    ],
  ])('measures %s', (_case, raw, days, roles) => {
    const parsed = mobilityRequestType.parseSubject(raw);
    expect(parsed.measures).toEqual({ amount: null, durationDays: days });
    const chain = selectApprovalChain(defaultMobilityConfig, parsed.measures);
    expect(chain.steps.map((step) => step.approver.role)).toEqual(roles);
  });
});
