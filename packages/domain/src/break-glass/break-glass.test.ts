import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles';
import {
  breakGlassDurationMinutes,
  breakGlassStateAt,
  reviewBreakGlassInputSchema,
  startBreakGlassInputSchema,
} from './break-glass';
import { breakGlassEstablishmentOf, canEndBreakGlass, canReviewBreakGlassAccess } from './break-glass-policy';

const now = new Date('2026-03-01T12:00:00Z');

describe('startBreakGlassInputSchema', () => {
  it.each([
    ['no reason text', { reasonCode: 'emergency' }, ['reasonText']],
    ['a reason text too short', { reasonCode: 'emergency', reasonText: '  urgent  ' }, ['reasonText']],
    [
      'an unknown reason code',
      { reasonCode: 'curiosity', reasonText: 'Patient inconscient aux urgences' },
      ['reasonCode'],
    ],
    ['no reason at all', {}, ['reasonCode', 'reasonText']],
  ])('rejects %s', (_case, input, paths) => {
    const result = startBreakGlassInputSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(paths);
  });

  it('accepts a reason code with a reason text, trimmed', () => {
    expect(
      startBreakGlassInputSchema.parse({ reasonCode: 'unconscious_patient', reasonText: ' Patient inconscient ' }),
    ).toEqual({ reasonCode: 'unconscious_patient', reasonText: 'Patient inconscient' });
  });
});

describe('breakGlassStateAt', () => {
  it.each([
    ['running before its expiry', { expiresAt: '2026-03-01T13:00:00Z', endedAt: null }, 'running'],
    ['expired past its expiry, even before the sweep', { expiresAt: '2026-03-01T11:00:00Z', endedAt: null }, 'expired'],
    ['ended early by its user', { expiresAt: '2026-03-01T13:00:00Z', endedAt: '2026-03-01T11:30:00Z' }, 'ended'],
    [
      'expired when closed at its expiry',
      { expiresAt: '2026-03-01T11:00:00Z', endedAt: '2026-03-01T11:00:00Z' },
      'expired',
    ],
  ] as const)('is %s', (_case, access, state) => {
    expect(breakGlassStateAt(access, now)).toBe(state);
  });
});

describe('breakGlassDurationMinutes', () => {
  it.each([
    [
      'up to now while running',
      { startedAt: '2026-03-01T11:00:00Z', expiresAt: '2026-03-01T15:00:00Z', endedAt: null },
      60,
    ],
    [
      'up to its end',
      { startedAt: '2026-03-01T08:00:00Z', expiresAt: '2026-03-01T12:00:00Z', endedAt: '2026-03-01T08:20:00Z' },
      20,
    ],
    [
      'up to its expiry once run out',
      { startedAt: '2026-03-01T06:00:00Z', expiresAt: '2026-03-01T10:00:00Z', endedAt: null },
      240,
    ],
  ])('counts %s', (_case, access, minutes) => {
    expect(breakGlassDurationMinutes(access, now)).toBe(minutes);
  });
});

describe('reviewBreakGlassInputSchema', () => {
  it('needs a note when the access was not justified', () => {
    const result = reviewBreakGlassInputSchema.safeParse({ decision: 'unjustified', note: '  ' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['note']);
  });

  it('accepts a justified access without a note', () => {
    expect(reviewBreakGlassInputSchema.parse({ decision: 'justified' })).toEqual({ decision: 'justified', note: null });
  });
});

describe('break-the-glass policy', () => {
  const gstId = 'a0000000-0000-4000-8000-000000000001';
  const physician: Actor = {
    userId: 'u1',
    username: 'physician',
    displayName: 'Physician',
    assignments: [
      { role: 'secretary', scopeLevel: 'establishment', gstId, provinceCode: null, establishmentId: 'desk' },
      { role: 'physician', scopeLevel: 'establishment', gstId, provinceCode: null, establishmentId: 'ward' },
    ],
  };

  it('records the access at the establishment where the actor is a clinician', () => {
    expect(breakGlassEstablishmentOf(physician, gstId)).toBe('ward');
    expect(breakGlassEstablishmentOf(physician, 'another-gst')).toBeNull();
  });

  it.each([
    ['its user may end it', canEndBreakGlass, 'u1', true],
    ['another user may not end it', canEndBreakGlass, 'u2', false],
    ['its user may not review it', canReviewBreakGlassAccess, 'u1', false],
    ['another user may review it', canReviewBreakGlassAccess, 'u2', true],
  ] as const)('%s', (_case, rule, userId, expected) => {
    expect(rule(physician, { userId })).toBe(expected);
  });
});
