import { describe, expect, it } from 'vitest';
import type { Actor, Role, ScopeLevel } from '../auth/roles';
import { hrDashboardScope, hrDashboardScopeCovers, hrDashboardScopeCoversProvince } from './hr-dashboard-policy';

const gst = 'gst-a';
const centre = 'centre-1';
const actor = (
  role: Role,
  scopeLevel: ScopeLevel,
  extra: { provinceCode?: string; establishmentId?: string } = {},
): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'U',
  assignments: [
    {
      role,
      scopeLevel,
      gstId: scopeLevel === 'national' ? null : gst,
      provinceCode: extra.provinceCode ?? null,
      establishmentId: extra.establishmentId ?? null,
    },
  ],
});

describe('hrDashboardScope', () => {
  it.each([
    ['hr_officer', 'gst', {}, 'gst'],
    ['gst_director', 'gst', {}, 'gst'],
    ['gst_admin', 'gst', {}, 'gst'],
    ['analyst', 'gst', {}, 'gst'],
    ['national_admin', 'national', {}, 'gst'],
    ['analyst', 'province', { provinceCode: '01.571' }, { provinceCodes: ['01.571'], establishmentIds: [] }],
    [
      'establishment_admin',
      'establishment',
      { establishmentId: centre },
      { provinceCodes: [], establishmentIds: [centre] },
    ],
    ['hr_officer', 'establishment', { establishmentId: centre }, { provinceCodes: [], establishmentIds: [centre] }],
    ['physician', 'establishment', { establishmentId: centre }, null],
    ['nurse', 'establishment', { establishmentId: centre }, null],
    ['secretary', 'establishment', { establishmentId: centre }, null],
    ['finance_officer', 'gst', {}, null],
    ['data_protection_officer', 'gst', {}, null],
  ] as const)('gives a %s at %s level %j the scope %j', (role, level, extra, expected) => {
    expect(hrDashboardScope(actor(role, level, extra), gst)).toEqual(expected);
  });

  it('gives nothing in another GST', () => {
    expect(hrDashboardScope(actor('gst_director', 'gst'), 'gst-b')).toBeNull();
    expect(hrDashboardScope(actor('establishment_admin', 'establishment', { establishmentId: centre }), 'gst-b')).toBe(
      null,
    );
  });
});

describe('hrDashboardScopeCovers', () => {
  const establishmentScope = { provinceCodes: [], establishmentIds: [centre] };
  const provinceScope = { provinceCodes: ['01.571'], establishmentIds: [] };
  it.each([
    ['gst', { id: 'x', provinceCode: '01.151' }, true, true],
    [establishmentScope, { id: centre, provinceCode: '01.151' }, true, false],
    [establishmentScope, { id: 'other', provinceCode: '01.151' }, false, false],
    [provinceScope, { id: 'x', provinceCode: '01.571' }, true, true],
    [provinceScope, { id: 'x', provinceCode: '01.151' }, false, false],
  ] as const)('scope %j covers %j: %s (whole province: %s)', (scope, establishment, expected, province) => {
    expect(hrDashboardScopeCovers(scope, establishment)).toBe(expected);
    expect(hrDashboardScopeCoversProvince(scope, establishment.provinceCode)).toBe(province);
  });
});
