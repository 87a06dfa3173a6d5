import { describe, expect, it } from 'vitest';
import type { Actor, Role, ScopeLevel } from '../auth/roles';
import { referralIndicatorScope, seesGst } from './referral-indicators-policy';

const gstId = 'g-1';
const actor = (role: Role, scopeLevel: ScopeLevel, extra: { provinceCode?: string; establishmentId?: string } = {}) =>
  ({
    userId: 'u',
    username: 'u',
    displayName: 'U',
    assignments: [
      {
        role,
        scopeLevel,
        gstId: scopeLevel === 'national' ? null : gstId,
        provinceCode: extra.provinceCode ?? null,
        establishmentId: extra.establishmentId ?? null,
      },
    ],
  }) satisfies Actor;

describe('referralIndicatorScope', () => {
  it.each([
    ['national_admin', 'national', 'gst'],
    ['analyst', 'national', 'gst'],
    ['gst_director', 'gst', 'gst'],
    ['gst_admin', 'gst', 'gst'],
    ['analyst', 'gst', 'gst'],
    ['physician', 'establishment', null],
    ['secretary', 'establishment', null],
    ['hr_officer', 'gst', null],
  ] as const)('gives a %s at %s level %s', (role, level, expected) => {
    expect(referralIndicatorScope(actor(role, level), gstId)).toEqual(expected);
  });

  it('limits a province analyst to their province and an establishment administrator to their establishment', () => {
    expect(referralIndicatorScope(actor('analyst', 'province', { provinceCode: '01.151' }), gstId)).toEqual({
      provinceCodes: ['01.151'],
      establishmentIds: [],
    });
    expect(
      referralIndicatorScope(actor('establishment_admin', 'establishment', { establishmentId: 'e' }), gstId),
    ).toEqual({ provinceCodes: [], establishmentIds: ['e'] });
  });

  it('gives nothing in another GST, which is not visible either', () => {
    expect(referralIndicatorScope(actor('gst_director', 'gst'), 'g-2')).toBeNull();
    expect(seesGst(actor('gst_director', 'gst'), 'g-2')).toBe(false);
    expect(seesGst(actor('analyst', 'national'), 'g-2')).toBe(true);
  });
});
