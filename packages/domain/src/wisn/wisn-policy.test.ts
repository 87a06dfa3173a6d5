import { describe, expect, it } from 'vitest';
import type { Actor, Role, ScopeLevel } from '../auth/roles';
import { canEditWisnStandards, canEditWisnWorkload, wisnScopeCovers, wisnViewScope } from './wisn-policy';

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

describe('wisnViewScope', () => {
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
    ['finance_officer', 'gst', {}, null],
    ['data_protection_officer', 'gst', {}, null],
  ] as const)('%s at %s level sees %j', (role, level, extra, expected) => {
    expect(wisnViewScope(actor(role, level, extra), gst)).toEqual(expected);
  });

  it('sees nothing of another GST', () => {
    expect(wisnViewScope(actor('hr_officer', 'gst'), 'gst-b')).toBeNull();
  });

  it('covers an establishment by province or by id', () => {
    const scope = { provinceCodes: ['01.571'], establishmentIds: [centre] };
    expect(wisnScopeCovers(scope, { id: 'other', provinceCode: '01.571' })).toBe(true);
    expect(wisnScopeCovers(scope, { id: centre, provinceCode: '01.151' })).toBe(true);
    expect(wisnScopeCovers(scope, { id: 'other', provinceCode: '01.151' })).toBe(false);
    expect(wisnScopeCovers(null, { id: centre, provinceCode: '01.151' })).toBe(false);
  });
});

describe('editing WISN', () => {
  it.each([
    ['hr_officer', 'gst', {}, true, true],
    ['gst_admin', 'gst', {}, true, true],
    ['gst_director', 'gst', {}, false, false],
    ['analyst', 'gst', {}, false, false],
    ['establishment_admin', 'establishment', { establishmentId: centre }, false, true],
    ['establishment_admin', 'establishment', { establishmentId: 'centre-2' }, false, false],
  ] as const)('%s at %s level: standards %s, workload of the centre %s', (role, level, extra, standards, workload) => {
    const who = actor(role, level, extra);
    expect(canEditWisnStandards(who, gst)).toBe(standards);
    expect(canEditWisnWorkload(who, { gstId: gst, establishmentId: centre })).toBe(workload);
  });
});
