import { describe, expect, it } from 'vitest';
import type { Actor, RoleAssignment } from '../auth/roles';
import { canManageRoster, canViewRosters } from './roster-policy';

const gst = 'g1';
const actorWith = (...assignments: Partial<RoleAssignment>[]): Actor => ({
  userId: 'u1',
  username: 'u',
  displayName: 'U',
  assignments: assignments.map((assignment) => ({
    role: 'nurse',
    scopeLevel: 'establishment',
    gstId: gst,
    provinceCode: null,
    establishmentId: null,
    ...assignment,
  })),
});
const hrGst = actorWith({ role: 'hr_officer', scopeLevel: 'gst' });
const adminA = actorWith({ role: 'establishment_admin', establishmentId: 'a' });
const adminAB = actorWith(
  { role: 'establishment_admin', establishmentId: 'a' },
  { role: 'hr_officer', establishmentId: 'b' },
);
const nurseA = actorWith({ role: 'nurse', establishmentId: 'a' });
const otherGstHr = actorWith({ role: 'hr_officer', scopeLevel: 'gst', gstId: 'g2' });
const analyst = actorWith({ role: 'analyst', scopeLevel: 'gst' });

describe('canManageRoster', () => {
  it.each([
    ['a GST HR officer, pooled line', hrGst, ['a', 'b'], true],
    ['the admin of the one establishment', adminA, ['a'], true],
    ['the admin of one of two pooled establishments', adminA, ['a', 'b'], false],
    ['a person managing both pooled establishments', adminAB, ['a', 'b'], true],
    ['a nurse', nurseA, ['a'], false],
    ['the HR officer of another GST', otherGstHr, ['a'], false],
  ] as const)('%s → %s', (_, actor, establishmentIds, expected) => {
    expect(canManageRoster(actor, { gstId: gst, establishmentIds })).toBe(expected);
  });
});

describe('canViewRosters', () => {
  it.each([
    ['a nurse of the GST', nurseA, true],
    ['an analyst (aggregates only)', analyst, false],
    ['the HR officer of another GST', otherGstHr, false],
  ] as const)('%s → %s', (_, actor, expected) => {
    expect(canViewRosters(actor, gst)).toBe(expected);
  });
});
