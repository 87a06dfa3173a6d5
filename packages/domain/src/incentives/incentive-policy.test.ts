import { describe, expect, it } from 'vitest';
import type { Actor, Role, ScopeLevel } from '../auth/roles';
import {
  canExportIncentives,
  canManageIncentives,
  canViewIncentiveStatement,
  incentiveViewScope,
  worksInGst,
} from './incentive-policy';

const gst = 'gst-1';
const actor = (role: Role, scopeLevel: ScopeLevel, establishmentId: string | null = null, gstId = gst): Actor => ({
  userId: 'me',
  username: 'me',
  displayName: 'Me',
  assignments: [{ role, scopeLevel, gstId, provinceCode: null, establishmentId }],
});
const statement = (establishmentId: string | null, staffUserId: string | null = null) => ({
  gstId: gst,
  establishmentId,
  staffUserId,
});

describe('incentive policy', () => {
  it.each([
    ['GST HR officer', actor('hr_officer', 'gst'), 'gst', true, true, true],
    ['GST finance officer', actor('finance_officer', 'gst'), 'gst', true, false, true],
    ['GST director', actor('gst_director', 'gst'), 'gst', true, false, false],
    ['establishment admin of e1', actor('establishment_admin', 'establishment', 'e1'), 'e1', true, false, false],
    ['establishment HR of e2', actor('hr_officer', 'establishment', 'e2'), 'e2', false, false, false],
    ['physician', actor('physician', 'establishment', 'e1'), null, false, false, false],
    ['HR officer of another GST', actor('hr_officer', 'gst', null, 'gst-2'), null, false, false, false],
  ] as const)('%s', (_name, who, scope, seesE1, manages, exports) => {
    const viewScope = incentiveViewScope(who, gst);
    expect(viewScope === 'gst' ? 'gst' : (viewScope?.establishmentIds[0] ?? null)).toBe(scope);
    expect(canViewIncentiveStatement(who, statement('e1'))).toBe(seesE1);
    expect(canManageIncentives(who, gst)).toBe(manages);
    expect(canExportIncentives(who, gst)).toBe(exports);
  });

  it('lets a staff member see their own statement only', () => {
    const physician = actor('physician', 'establishment', 'e1');
    expect(canViewIncentiveStatement(physician, statement('e1', 'me'))).toBe(true);
    expect(canViewIncentiveStatement(physician, statement('e1', 'someone else'))).toBe(false);
  });

  it('knows who works in the GST', () => {
    expect(worksInGst(actor('physician', 'establishment', 'e1'), gst)).toBe(true);
    expect(worksInGst(actor('hr_officer', 'gst', null, 'gst-2'), gst)).toBe(false);
  });
});
