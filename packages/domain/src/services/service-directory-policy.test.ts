import { describe, expect, it } from 'vitest';
import type { Actor, Role, ScopeLevel } from '../auth/roles';
import {
  canManageGstHolidays,
  canManageServiceDirectory,
  canUpdateBeds,
  canViewServiceDirectory,
  canViewSlotShortages,
  slotShortageScope,
} from './service-directory-policy';

const GST = 'gst-a';
const OTHER_GST = 'gst-b';
const HOSPITAL = 'hospital-1';
const OTHER_HOSPITAL = 'hospital-2';
const service = { gstId: GST, establishmentId: HOSPITAL };

const actor = (
  role: Role,
  scopeLevel: ScopeLevel,
  gstId: string | null,
  establishmentId: string | null = null,
): Actor => ({
  userId: 'user',
  username: 'user',
  displayName: 'User',
  assignments: [{ role, scopeLevel, gstId, provinceCode: null, establishmentId }],
});

describe('service directory policy', () => {
  it.each<[string, Actor, boolean, boolean, boolean]>([
    // [who, actor, view, manage, beds]
    ['a national administrator', actor('national_admin', 'national', null), true, true, true],
    ['the GST administrator', actor('gst_admin', 'gst', GST), true, true, true],
    ['another GST administrator', actor('gst_admin', 'gst', OTHER_GST), false, false, false],
    ['the GST director', actor('gst_director', 'gst', GST), true, false, false],
    ['the hospital administrator', actor('establishment_admin', 'establishment', GST, HOSPITAL), true, true, true],
    [
      'another hospital administrator',
      actor('establishment_admin', 'establishment', GST, OTHER_HOSPITAL),
      true,
      false,
      false,
    ],
    ['a physician of the hospital', actor('physician', 'establishment', GST, HOSPITAL), true, false, true],
    ['a nurse of the hospital', actor('nurse', 'establishment', GST, HOSPITAL), true, false, true],
    ['a nurse elsewhere', actor('nurse', 'establishment', GST, OTHER_HOSPITAL), true, false, false],
    ['a secretary of the hospital', actor('secretary', 'establishment', GST, HOSPITAL), true, false, false],
  ])('%s', (_who, who, view, manage, beds) => {
    expect(canViewServiceDirectory(who, GST)).toBe(view);
    expect(canManageServiceDirectory(who, service)).toBe(manage);
    expect(canUpdateBeds(who, service)).toBe(beds);
  });

  it.each<[string, Actor, boolean]>([
    ['the GST administrator', actor('gst_admin', 'gst', GST), true],
    ['a national administrator', actor('national_admin', 'national', null), true],
    ['the GST director', actor('gst_director', 'gst', GST), false],
    ['a hospital administrator', actor('establishment_admin', 'establishment', GST, HOSPITAL), false],
  ])('holidays are managed by %s: %s', (_who, who, allowed) => {
    expect(canManageGstHolidays(who, GST)).toBe(allowed);
  });

  it.each<[string, Actor, 'gst' | string[]]>([
    ['the GST administrator sees the GST', actor('gst_admin', 'gst', GST), 'gst'],
    ['the GST director sees the GST', actor('gst_director', 'gst', GST), 'gst'],
    [
      'a hospital administrator sees their hospital',
      actor('establishment_admin', 'establishment', GST, HOSPITAL),
      [HOSPITAL],
    ],
    ['a physician has no worklist', actor('physician', 'establishment', GST, HOSPITAL), []],
  ])('slot shortages: %s', (_who, who, scope) => {
    expect(slotShortageScope(who, GST)).toEqual(scope);
    expect(canViewSlotShortages(who, GST)).toBe(scope === 'gst' || scope.length > 0);
  });
});
