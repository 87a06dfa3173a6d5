import { describe, expect, it } from 'vitest';
import { isAppError } from '../lib/app-error';
import {
  approvalChainSchema,
  requestTypeConfigSchema,
  selectApprovalChain,
  type ApprovalChain,
  type RequestMeasures,
} from './approval-chain';
import { missionConfig } from './approval-fixtures';

/** Purchases: up to 50,000 MAD the establishment's director; up to 500,000 the GST finance officer too; above, the GST director. */
const purchaseConfig = requestTypeConfigSchema.parse({
  type: 'purchase',
  chains: [
    {
      when: { amountUpTo: 50_000 },
      steps: [
        { approver: { role: 'establishment_admin', scope: 'origin_establishment' }, respondWithinWorkingDays: 2 },
      ],
    },
    {
      when: { amountOver: 50_000, amountUpTo: 500_000 },
      steps: [
        { approver: { role: 'establishment_admin', scope: 'origin_establishment' }, respondWithinWorkingDays: 2 },
        { approver: { role: 'finance_officer', scope: 'gst' }, respondWithinWorkingDays: 3 },
      ],
    },
    {
      when: { amountOver: 500_000 },
      steps: [
        { approver: { role: 'establishment_admin', scope: 'origin_establishment' }, respondWithinWorkingDays: 2 },
        { approver: { role: 'finance_officer', scope: 'gst' }, respondWithinWorkingDays: 3 },
        { approver: { role: 'gst_director', scope: 'gst' }, respondWithinWorkingDays: 5 },
      ],
    },
  ],
});

/** A private contract: both bounds at once, the first chain that applies wins, a catch-all last. */
const contractConfig = requestTypeConfigSchema.parse({
  type: 'private_contract',
  chains: [
    {
      when: { amountUpTo: 100_000, durationUpToDays: 365 },
      steps: [{ approver: { role: 'finance_officer', scope: 'gst' }, respondWithinWorkingDays: 5 }],
    },
    { steps: [{ approver: { role: 'gst_director', scope: 'gst' }, respondWithinWorkingDays: 10 }] },
  ],
});

const roles = (chain: ApprovalChain) => chain.steps.map((step) => `${step.approver.role}@${step.approver.scope}`);

const measures = (amount: number | null, durationDays: number | null): RequestMeasures => ({ amount, durationDays });

describe('selectApprovalChain', () => {
  it.each([
    { durationDays: 1, expected: 2 },
    { durationDays: 30, expected: 2 },
    { durationDays: 31, expected: 4 },
    { durationDays: 365, expected: 4 },
  ])('gives a mission of $durationDays days a chain of $expected steps', ({ durationDays, expected }) => {
    expect(selectApprovalChain(missionConfig, measures(null, durationDays)).steps).toHaveLength(expected);
  });

  it('adds the destination director and the GST director to missions over 30 days', () => {
    expect(roles(selectApprovalChain(missionConfig, measures(null, 10)))).toEqual([
      'establishment_admin@origin_establishment',
      'hr_officer@gst',
    ]);
    expect(roles(selectApprovalChain(missionConfig, measures(null, 45)))).toEqual([
      'establishment_admin@origin_establishment',
      'establishment_admin@destination_establishment',
      'hr_officer@gst',
      'gst_director@gst',
    ]);
  });

  it.each([
    { amount: 0, expected: 1 },
    { amount: 50_000, expected: 1 },
    { amount: 50_000.01, expected: 2 },
    { amount: 500_000, expected: 2 },
    { amount: 500_001, expected: 3 },
  ])('gives a purchase of $amount MAD a chain of $expected steps', ({ amount, expected }) => {
    expect(selectApprovalChain(purchaseConfig, measures(amount, null)).steps).toHaveLength(expected);
  });

  it.each([
    { amount: 80_000, durationDays: 200, expected: ['finance_officer@gst'] },
    { amount: 80_000, durationDays: 400, expected: ['gst_director@gst'] },
    { amount: 150_000, durationDays: 200, expected: ['gst_director@gst'] },
    { amount: null, durationDays: null, expected: ['gst_director@gst'] },
  ])(
    'takes the first contract chain whose bounds all hold ($amount MAD, $durationDays days)',
    ({ amount, durationDays, expected }) => {
      expect(roles(selectApprovalChain(contractConfig, measures(amount, durationDays)))).toEqual(expected);
    },
  );

  it.each([
    { config: missionConfig, measured: measures(null, null) },
    { config: purchaseConfig, measured: measures(null, 10) },
  ])('answers 422 when no chain of $config.type applies (a bound on a missing measure never holds)', (row) => {
    try {
      selectApprovalChain(row.config, row.measured);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('unprocessable');
    }
  });
});

describe('the approval chain schemas', () => {
  const step = (role: string, scope: string) => ({ approver: { role, scope }, respondWithinWorkingDays: 2 });

  it.each([
    { case: 'a GST director at an establishment', chain: { steps: [step('gst_director', 'origin_establishment')] } },
    { case: 'an establishment admin at GST scope', chain: { steps: [step('establishment_admin', 'gst')] } },
    { case: 'an unknown role', chain: { steps: [step('minister', 'gst')] } },
    { case: 'no step', chain: { steps: [] } },
    {
      case: 'an empty amount range',
      chain: { when: { amountOver: 10, amountUpTo: 10 }, steps: [step('gst_director', 'gst')] },
    },
    {
      case: 'an empty duration range',
      chain: { when: { durationOverDays: 30, durationUpToDays: 5 }, steps: [step('gst_director', 'gst')] },
    },
    { case: 'a negative bound', chain: { when: { amountUpTo: -1 }, steps: [step('gst_director', 'gst')] } },
    {
      case: 'zero working days to respond',
      chain: { steps: [{ ...step('gst_director', 'gst'), respondWithinWorkingDays: 0 }] },
    },
  ])('refuses a chain with $case', ({ chain }) => {
    expect(approvalChainSchema.safeParse(chain).success).toBe(false);
  });

  it('accepts an HR officer at GST or establishment scope and defaults the condition to always', () => {
    const parsed = approvalChainSchema.parse({
      steps: [step('hr_officer', 'destination_establishment'), step('hr_officer', 'gst')],
    });
    expect(parsed.when).toEqual({ amountOver: null, amountUpTo: null, durationOverDays: null, durationUpToDays: null });
  });

  it.each(['Mission', 'a', 'temporary-mission', ''])('refuses the request type code %j', (type) => {
    expect(
      requestTypeConfigSchema.safeParse({ type, chains: [{ steps: [step('gst_director', 'gst')] }] }).success,
    ).toBe(false);
  });
});
