import { describe, expect, it } from 'vitest';
import type { Actor, Role, ScopeLevel } from '../auth/roles';
import { canManagePathways, canViewPathways } from './pathway-policy';

const GST_A = 'gst-a';
const GST_B = 'gst-b';

function actorWith(
  role: Role,
  scopeLevel: ScopeLevel,
  gstId: string | null,
  establishmentId: string | null = null,
): Actor {
  return {
    userId: 'user',
    username: 'user',
    displayName: 'User',
    assignments: [{ role, scopeLevel, gstId, provinceCode: null, establishmentId }],
  };
}

describe('pathway policy', () => {
  it.each<[string, Actor, boolean, boolean]>([
    ['a national administrator', actorWith('national_admin', 'national', null), true, true],
    ['an administrator of the GST', actorWith('gst_admin', 'gst', GST_A), true, true],
    ['an administrator of another GST', actorWith('gst_admin', 'gst', GST_B), false, false],
    ['the GST director', actorWith('gst_director', 'gst', GST_A), true, false],
    ['a physician of an establishment of the GST', actorWith('physician', 'establishment', GST_A, 'e-1'), true, false],
    ['a physician of another GST', actorWith('physician', 'establishment', GST_B, 'e-2'), false, false],
    ['an establishment administrator', actorWith('establishment_admin', 'establishment', GST_A, 'e-1'), true, false],
    ['a national analyst', actorWith('analyst', 'national', null), true, false],
  ])('%s: view %s, manage %s', (_name, actor, view, manage) => {
    expect(canViewPathways(actor, GST_A)).toBe(view);
    expect(canManagePathways(actor, GST_A)).toBe(manage);
  });
});
