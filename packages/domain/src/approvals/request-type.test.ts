import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../lib/app-error';
import { missionType } from './approval-fixtures';
import { createRequestTypeRegistry, defineRequestType, parseRequestSubject } from './request-type';

const purchaseType = defineRequestType({
  type: 'purchase',
  subjectSchema: z.object({ item: z.string().min(1), quantity: z.number().int().min(1), unitPrice: z.number().min(0) }),
  measure: (purchase) => ({ amount: purchase.quantity * purchase.unitPrice, durationDays: null }),
});

const registry = createRequestTypeRegistry([missionType, purchaseType]);
const staffId = '00000000-0000-4000-8000-000000000900';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) {
      return { code: error.code, paths: error.issues.map((issue) => issue.path.join('.')) };
    }
    throw error;
  }
  return undefined;
}

describe('request types', () => {
  it.each([
    { type: 'temporary_mission', subject: { staffId, from: '2026-02-02', to: '2026-02-06' }, amount: null, days: 5 },
    { type: 'temporary_mission', subject: { staffId, from: '2026-02-01', to: '2026-03-02' }, amount: null, days: 30 },
    { type: 'purchase', subject: { item: 'gloves', quantity: 200, unitPrice: 1.5 }, amount: 300, days: null },
  ])('measures a $type subject from its content ($amount MAD, $days days)', ({ type, subject, amount, days }) => {
    const parsed = parseRequestSubject(registry, type, subject);
    expect(parsed).toEqual({ subject, measures: { amount, durationDays: days } });
  });

  it.each([
    {
      case: 'a mission ending before it starts',
      type: 'temporary_mission',
      subject: { staffId, from: '2026-02-06', to: '2026-02-02' },
      paths: ['subject.to'],
    },
    {
      case: 'a mission without dates',
      type: 'temporary_mission',
      subject: { staffId },
      paths: ['subject.from', 'subject.to'],
    },
    {
      case: 'a purchase of no item',
      type: 'purchase',
      subject: { item: '', quantity: 0, unitPrice: 3 },
      paths: ['subject.item', 'subject.quantity'],
    },
    { case: 'an unknown type', type: 'holiday_home', subject: {}, paths: ['type'] },
  ])('refuses $case with the field paths', ({ type, subject, paths }) => {
    expect(issuesOf(() => parseRequestSubject(registry, type, subject))).toEqual({ code: 'validation_failed', paths });
  });

  it('refuses a registry that declares a type twice', () => {
    expect(() => createRequestTypeRegistry([missionType, purchaseType, missionType])).toThrow(/declared twice/);
  });
});
