import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles';
import {
  assertChainsCoverRequests,
  canConfigureApprovals,
  canViewApprovalConfig,
  uncoveredMeasures,
} from './approval-config';
import { requestTypeConfigSchema, type RequestTypeConfigInput } from './approval-chain';

const gstId = '00000000-0000-4000-8000-000000000001';
const step = { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 3 } as const;
const chains = (whens: RequestTypeConfigInput['chains'][number]['when'][]) =>
  requestTypeConfigSchema.parse({ type: 'mobility', chains: whens.map((when) => ({ when, steps: [step] })) }).chains;
const durationOnly = { amount: false, duration: true };

describe('uncoveredMeasures', () => {
  it.each([
    ['up to 30 days then over 30 days, plus no duration', [{ durationUpToDays: 30 }, { durationOverDays: 30 }, {}], []],
    ['no condition at all', [{}], []],
    [
      'a hole between 30 and 31 days, and nothing for no duration',
      [{ durationUpToDays: 30 }, { durationOverDays: 31 }],
      [
        { amount: null, durationDays: null },
        { amount: null, durationDays: 30.5 },
        { amount: null, durationDays: 31 },
      ],
    ],
    [
      'no chain for a permanent transfer (no duration)',
      [{ durationUpToDays: 30 }, { durationOverDays: 30 }],
      [{ amount: null, durationDays: null }],
    ],
  ])('%s', (_, whens, expected) => {
    expect(uncoveredMeasures({ chains: chains(whens) }, durationOnly)).toEqual(expected);
  });

  it('probes amounts only for types that have one', () => {
    const config = { chains: chains([{ amountUpTo: 100_000 }]) };
    expect(uncoveredMeasures(config, { amount: false, duration: false })).toEqual([
      { amount: null, durationDays: null },
    ]);
    expect(uncoveredMeasures(config, { amount: true, duration: false })).toContainEqual({
      amount: 100_000.5,
      durationDays: null,
    });
  });

  it('refuses a configuration with a gap, saying which request falls through', () => {
    expect(() => assertChainsCoverRequests({ chains: chains([{ durationUpToDays: 30 }]) }, durationOnly)).toThrow(
      expect.objectContaining({
        code: 'unprocessable',
        issues: [{ path: ['chains'], message: 'No chain applies to amount none, duration none' }],
      }),
    );
  });
});

describe('who configures the chains', () => {
  const actor = (role: Actor['assignments'][number]['role'], scopeLevel: 'gst' | 'establishment'): Actor => ({
    userId: '00000000-0000-4000-8000-000000000002',
    username: 'someone',
    displayName: 'Someone',
    assignments: [
      {
        role,
        scopeLevel,
        gstId,
        provinceCode: null,
        establishmentId: scopeLevel === 'establishment' ? '00000000-0000-4000-8000-000000000003' : null,
      },
    ],
  });
  it.each([
    ['gst_director', 'gst', true, true],
    ['gst_admin', 'gst', true, true],
    ['hr_officer', 'gst', false, true],
    ['hr_officer', 'establishment', false, false],
    ['establishment_admin', 'establishment', false, false],
    ['physician', 'establishment', false, false],
  ] as const)('%s at %s scope: configure %s, read %s', (role, scope, configure, read) => {
    expect(canConfigureApprovals(actor(role, scope), gstId)).toBe(configure);
    expect(canViewApprovalConfig(actor(role, scope), gstId)).toBe(read);
    expect(canViewApprovalConfig(actor(role, scope), '00000000-0000-4000-8000-000000000009')).toBe(false);
  });
});
