import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import {
  authorize,
  canEditEstablishmentDetails,
  canEditUser,
  canGrantAssignment,
  canManageNationalUsers,
  canManageRegistry,
  canManageUsers,
  canSearchAudit,
  canSeeUser,
  canViewEstablishmentHistory,
  canViewRegistry,
  covers,
  visibleGstIds,
} from './access-policy';
import type { Actor, Role, RoleAssignment, ScopeLevel, ScopeTarget } from './roles';

const GST_A = 'gst-a';
const GST_B = 'gst-b';
const P1 = '01.151'; // a province of GST A
const P2 = '01.511'; // another province of GST A
const P3 = '02.111'; // a province of GST B
const E1 = 'establishment-1'; // in GST A, province P1
const E2 = 'establishment-2'; // in GST A, province P2
const E3 = 'establishment-3'; // in GST B

function assignment(
  role: Role,
  scopeLevel: ScopeLevel,
  ids: { gstId?: string; provinceCode?: string; establishmentId?: string } = {},
): RoleAssignment {
  return {
    role,
    scopeLevel,
    gstId: ids.gstId ?? null,
    provinceCode: ids.provinceCode ?? null,
    establishmentId: ids.establishmentId ?? null,
  };
}

const actor = (username: string, ...assignments: RoleAssignment[]): Actor => ({
  userId: `user-${username}`,
  username,
  displayName: username,
  assignments,
});

const actors = {
  nationalAdmin: actor('nationalAdmin', assignment('national_admin', 'national')),
  nationalAnalyst: actor('nationalAnalyst', assignment('analyst', 'national')),
  directorA: actor('directorA', assignment('gst_director', 'gst', { gstId: GST_A })),
  adminA: actor('adminA', assignment('gst_admin', 'gst', { gstId: GST_A })),
  establishmentAdminE1: actor(
    'establishmentAdminE1',
    assignment('establishment_admin', 'establishment', { gstId: GST_A, establishmentId: E1 }),
  ),
  nurseE1: actor('nurseE1', assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 })),
  analystP1: actor('analystP1', assignment('analyst', 'province', { gstId: GST_A, provinceCode: P1 })),
  adminB: actor('adminB', assignment('gst_admin', 'gst', { gstId: GST_B })),
  nobody: actor('nobody'),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;

const targets = {
  e1: { gstId: GST_A, provinceCode: P1, establishmentId: E1 },
  e2: { gstId: GST_A, provinceCode: P2, establishmentId: E2 },
  e3: { gstId: GST_B, provinceCode: P3, establishmentId: E3 },
} satisfies Record<string, ScopeTarget>;
type TargetName = keyof typeof targets;

describe('covers', () => {
  it.each([
    {
      name: 'a national scope covers a record of any GST',
      scope: assignment('analyst', 'national'),
      target: targets.e3,
      expected: true,
    },
    {
      name: 'a GST scope covers a record of its GST',
      scope: assignment('gst_admin', 'gst', { gstId: GST_A }),
      target: targets.e2,
      expected: true,
    },
    {
      name: 'a GST scope does not cover another GST',
      scope: assignment('gst_admin', 'gst', { gstId: GST_A }),
      target: targets.e3,
      expected: false,
    },
    {
      name: 'a province scope covers a record of its province',
      scope: assignment('analyst', 'province', { gstId: GST_A, provinceCode: P1 }),
      target: targets.e1,
      expected: true,
    },
    {
      name: 'a province scope does not cover another province of the same GST',
      scope: assignment('analyst', 'province', { gstId: GST_A, provinceCode: P1 }),
      target: targets.e2,
      expected: false,
    },
    {
      name: 'a province scope does not cover the same province code in another GST',
      scope: assignment('analyst', 'province', { gstId: GST_A, provinceCode: P1 }),
      target: { gstId: GST_B, provinceCode: P1 },
      expected: false,
    },
    {
      name: 'an establishment scope covers its establishment',
      scope: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
      target: targets.e1,
      expected: true,
    },
    {
      name: 'an establishment scope does not cover another establishment of the same GST',
      scope: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
      target: targets.e2,
      expected: false,
    },
    {
      name: 'an establishment scope does not cover a GST-wide target without an establishment',
      scope: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
      target: { gstId: GST_A, provinceCode: P1 },
      expected: false,
    },
    {
      name: 'an establishment scope does not cover the same establishment id under another GST',
      scope: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
      target: { gstId: GST_B, establishmentId: E1 },
      expected: false,
    },
    {
      name: 'an establishment scope without an establishment id covers nothing, not even a target without one',
      scope: assignment('nurse', 'establishment', { gstId: GST_A }),
      target: { gstId: GST_A, establishmentId: null },
      expected: false,
    },
  ])('$name', ({ scope, target, expected }) => {
    expect(covers(scope, target)).toBe(expected);
  });
});

describe('canViewRegistry', () => {
  it.each<{ who: ActorName; gstId: string; expected: boolean }>([
    { who: 'nationalAdmin', gstId: GST_A, expected: true },
    { who: 'nationalAdmin', gstId: GST_B, expected: true },
    { who: 'nationalAnalyst', gstId: GST_B, expected: true },
    { who: 'directorA', gstId: GST_A, expected: true },
    { who: 'directorA', gstId: GST_B, expected: false },
    { who: 'adminA', gstId: GST_A, expected: true },
    { who: 'adminA', gstId: GST_B, expected: false },
    { who: 'establishmentAdminE1', gstId: GST_A, expected: true },
    { who: 'establishmentAdminE1', gstId: GST_B, expected: false },
    { who: 'nurseE1', gstId: GST_A, expected: true },
    { who: 'nurseE1', gstId: GST_B, expected: false },
    { who: 'analystP1', gstId: GST_A, expected: true },
    { who: 'analystP1', gstId: GST_B, expected: false },
    { who: 'adminB', gstId: GST_A, expected: false },
    { who: 'adminB', gstId: GST_B, expected: true },
    { who: 'nobody', gstId: GST_A, expected: false },
  ])('$who may view the registry of $gstId: $expected', ({ who, gstId, expected }) => {
    expect(canViewRegistry(actors[who], gstId)).toBe(expected);
  });
});

describe('canManageRegistry', () => {
  it.each<{ who: ActorName; where: TargetName; expected: boolean }>([
    { who: 'nationalAdmin', where: 'e1', expected: true },
    { who: 'nationalAdmin', where: 'e3', expected: true },
    { who: 'nationalAnalyst', where: 'e1', expected: false },
    { who: 'directorA', where: 'e1', expected: false },
    { who: 'adminA', where: 'e1', expected: true },
    { who: 'adminA', where: 'e2', expected: true },
    { who: 'adminA', where: 'e3', expected: false },
    { who: 'establishmentAdminE1', where: 'e1', expected: false },
    { who: 'nurseE1', where: 'e1', expected: false },
    { who: 'analystP1', where: 'e1', expected: false },
    { who: 'adminB', where: 'e1', expected: false },
    { who: 'adminB', where: 'e3', expected: true },
    { who: 'nobody', where: 'e1', expected: false },
  ])('$who may manage the registry at $where: $expected', ({ who, where, expected }) => {
    expect(canManageRegistry(actors[who], targets[where])).toBe(expected);
  });

  it('lets a GST admin register a new establishment, which has no id yet', () => {
    expect(canManageRegistry(actors.adminA, { gstId: GST_A, provinceCode: P2 })).toBe(true);
  });
});

describe('canEditEstablishmentDetails', () => {
  it.each<{ who: ActorName; where: TargetName; expected: boolean }>([
    { who: 'nationalAdmin', where: 'e1', expected: true },
    { who: 'adminA', where: 'e2', expected: true },
    { who: 'adminA', where: 'e3', expected: false },
    { who: 'establishmentAdminE1', where: 'e1', expected: true },
    { who: 'establishmentAdminE1', where: 'e2', expected: false },
    { who: 'nurseE1', where: 'e1', expected: false },
    { who: 'directorA', where: 'e1', expected: false },
    { who: 'analystP1', where: 'e1', expected: false },
    { who: 'nationalAnalyst', where: 'e1', expected: false },
    { who: 'adminB', where: 'e1', expected: false },
    { who: 'nobody', where: 'e1', expected: false },
  ])('$who may edit the details of $where: $expected', ({ who, where, expected }) => {
    expect(canEditEstablishmentDetails(actors[who], targets[where])).toBe(expected);
  });
});

describe('canViewEstablishmentHistory', () => {
  it.each<{ who: ActorName; where: TargetName; expected: boolean }>([
    { who: 'nationalAdmin', where: 'e3', expected: true },
    { who: 'adminA', where: 'e1', expected: true },
    { who: 'adminA', where: 'e3', expected: false },
    { who: 'directorA', where: 'e1', expected: true },
    { who: 'directorA', where: 'e3', expected: false },
    { who: 'establishmentAdminE1', where: 'e1', expected: true },
    { who: 'establishmentAdminE1', where: 'e2', expected: false },
    { who: 'nurseE1', where: 'e1', expected: false },
    { who: 'analystP1', where: 'e1', expected: false },
    { who: 'nationalAnalyst', where: 'e1', expected: false },
    { who: 'adminB', where: 'e1', expected: false },
    { who: 'nobody', where: 'e1', expected: false },
  ])('$who may view the history of $where: $expected', ({ who, where, expected }) => {
    expect(canViewEstablishmentHistory(actors[who], targets[where])).toBe(expected);
  });
});

describe.each([
  { name: 'canSearchAudit', check: canSearchAudit },
  { name: 'canManageUsers', check: canManageUsers },
])('$name', ({ check }) => {
  it.each<{ who: ActorName; gstId: string; expected: boolean }>([
    { who: 'nationalAdmin', gstId: GST_A, expected: true },
    { who: 'nationalAdmin', gstId: GST_B, expected: true },
    { who: 'nationalAnalyst', gstId: GST_A, expected: false },
    { who: 'adminA', gstId: GST_A, expected: true },
    { who: 'adminA', gstId: GST_B, expected: false },
    { who: 'directorA', gstId: GST_A, expected: false },
    { who: 'establishmentAdminE1', gstId: GST_A, expected: false },
    { who: 'nurseE1', gstId: GST_A, expected: false },
    { who: 'analystP1', gstId: GST_A, expected: false },
    { who: 'adminB', gstId: GST_A, expected: false },
    { who: 'adminB', gstId: GST_B, expected: true },
    { who: 'nobody', gstId: GST_A, expected: false },
  ])('answers $expected for $who in $gstId', ({ who, gstId, expected }) => {
    expect(check(actors[who], gstId)).toBe(expected);
  });
});

describe('canManageNationalUsers', () => {
  it.each<{ who: ActorName; expected: boolean }>([
    { who: 'nationalAdmin', expected: true },
    { who: 'nationalAnalyst', expected: false },
    { who: 'directorA', expected: false },
    { who: 'adminA', expected: false },
    { who: 'establishmentAdminE1', expected: false },
    { who: 'nurseE1', expected: false },
    { who: 'analystP1', expected: false },
    { who: 'adminB', expected: false },
    { who: 'nobody', expected: false },
  ])('$who may manage national users: $expected', ({ who, expected }) => {
    expect(canManageNationalUsers(actors[who])).toBe(expected);
  });
});

describe('canGrantAssignment', () => {
  it.each<{ name: string; who: ActorName; grant: RoleAssignment; expected: boolean }>([
    {
      name: 'a national admin grants a national admin role',
      who: 'nationalAdmin',
      grant: assignment('national_admin', 'national'),
      expected: true,
    },
    {
      name: 'a national admin grants a role in any GST',
      who: 'nationalAdmin',
      grant: assignment('gst_admin', 'gst', { gstId: GST_B }),
      expected: true,
    },
    {
      name: 'a GST admin grants an establishment role in their GST',
      who: 'adminA',
      grant: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E2 }),
      expected: true,
    },
    {
      name: 'a GST admin grants a GST role in their GST',
      who: 'adminA',
      grant: assignment('gst_director', 'gst', { gstId: GST_A }),
      expected: true,
    },
    {
      name: 'a GST admin grants a province role in their GST',
      who: 'adminA',
      grant: assignment('analyst', 'province', { gstId: GST_A, provinceCode: P2 }),
      expected: true,
    },
    {
      name: 'a GST admin never grants a national admin role',
      who: 'adminA',
      grant: assignment('national_admin', 'national'),
      expected: false,
    },
    {
      name: 'a GST admin never grants a national analyst role',
      who: 'adminA',
      grant: assignment('analyst', 'national'),
      expected: false,
    },
    {
      name: 'a GST admin never grants a national scope that names their own GST',
      who: 'adminA',
      grant: assignment('analyst', 'national', { gstId: GST_A }),
      expected: false,
    },
    {
      name: 'a GST admin never grants a role in another GST',
      who: 'adminA',
      grant: assignment('gst_admin', 'gst', { gstId: GST_B }),
      expected: false,
    },
    {
      name: 'a GST admin never grants an establishment role in another GST',
      who: 'adminA',
      grant: assignment('nurse', 'establishment', { gstId: GST_B, establishmentId: E3 }),
      expected: false,
    },
    {
      name: 'a GST admin never grants a role without a GST',
      who: 'adminA',
      grant: assignment('gst_admin', 'gst'),
      expected: false,
    },
    {
      name: 'a GST admin of B never grants a role in A',
      who: 'adminB',
      grant: assignment('analyst', 'province', { gstId: GST_A, provinceCode: P1 }),
      expected: false,
    },
    {
      name: 'a GST director grants nothing',
      who: 'directorA',
      grant: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
      expected: false,
    },
    {
      name: 'an establishment admin grants nothing, not even in their establishment',
      who: 'establishmentAdminE1',
      grant: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
      expected: false,
    },
    {
      name: 'a national analyst grants nothing',
      who: 'nationalAnalyst',
      grant: assignment('analyst', 'gst', { gstId: GST_A }),
      expected: false,
    },
    {
      name: 'an actor without roles grants nothing',
      who: 'nobody',
      grant: assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
      expected: false,
    },
  ])('$name', ({ who, grant, expected }) => {
    expect(canGrantAssignment(actors[who], grant)).toBe(expected);
  });
});

const users = {
  homeA: {
    homeGstId: GST_A,
    assignments: [assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 })],
  },
  homeBWithRoleInA: {
    homeGstId: GST_B,
    assignments: [assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 })],
  },
  homeB: { homeGstId: GST_B, assignments: [] },
  nationalOnly: { homeGstId: null, assignments: [assignment('national_admin', 'national')] },
  noHomeWithRoleInA: { homeGstId: null, assignments: [assignment('gst_director', 'gst', { gstId: GST_A })] },
  // Accounts homed in A whose roles reach beyond what A's admin may grant: editing them would be an escalation.
  nationalAdminHomedInA: { homeGstId: GST_A, assignments: [assignment('national_admin', 'national')] },
  adminOfBHomedInA: { homeGstId: GST_A, assignments: [assignment('gst_admin', 'gst', { gstId: GST_B })] },
};
type UserName = keyof typeof users;

describe('canSeeUser', () => {
  it.each<{ who: ActorName; user: UserName; expected: boolean }>([
    { who: 'nationalAdmin', user: 'nationalOnly', expected: true },
    { who: 'nationalAdmin', user: 'homeB', expected: true },
    { who: 'adminA', user: 'homeA', expected: true },
    { who: 'adminA', user: 'homeBWithRoleInA', expected: true },
    { who: 'adminA', user: 'noHomeWithRoleInA', expected: true },
    { who: 'adminA', user: 'homeB', expected: false },
    { who: 'adminA', user: 'nationalOnly', expected: false },
    { who: 'adminB', user: 'homeA', expected: false },
    { who: 'adminB', user: 'homeBWithRoleInA', expected: true },
    { who: 'directorA', user: 'homeA', expected: false },
    { who: 'establishmentAdminE1', user: 'homeA', expected: false },
    { who: 'nationalAnalyst', user: 'homeA', expected: false },
    { who: 'nobody', user: 'homeA', expected: false },
  ])('$who may see user $user: $expected', ({ who, user, expected }) => {
    expect(canSeeUser(actors[who], users[user])).toBe(expected);
  });
});

describe('canEditUser', () => {
  it.each<{ who: ActorName; user: UserName; expected: boolean }>([
    { who: 'nationalAdmin', user: 'nationalOnly', expected: true },
    { who: 'nationalAdmin', user: 'homeB', expected: true },
    { who: 'adminA', user: 'homeA', expected: true },
    { who: 'adminA', user: 'homeBWithRoleInA', expected: false },
    { who: 'adminA', user: 'noHomeWithRoleInA', expected: false },
    { who: 'adminA', user: 'nationalOnly', expected: false },
    { who: 'adminB', user: 'homeBWithRoleInA', expected: false },
    { who: 'adminB', user: 'homeA', expected: false },
    { who: 'adminA', user: 'nationalAdminHomedInA', expected: false },
    { who: 'adminA', user: 'adminOfBHomedInA', expected: false },
    { who: 'nationalAdmin', user: 'nationalAdminHomedInA', expected: true },
    { who: 'directorA', user: 'homeA', expected: false },
    { who: 'establishmentAdminE1', user: 'homeA', expected: false },
    { who: 'nobody', user: 'homeA', expected: false },
  ])('$who may edit user $user: $expected', ({ who, user, expected }) => {
    expect(canEditUser(actors[who], users[user])).toBe(expected);
  });
});

describe('visibleGstIds', () => {
  it.each<{ name: string; actor: Actor; expected: 'all' | string[] }>([
    { name: 'a national admin sees all GSTs', actor: actors.nationalAdmin, expected: 'all' },
    { name: 'a national analyst sees all GSTs', actor: actors.nationalAnalyst, expected: 'all' },
    { name: 'a GST admin sees their GST', actor: actors.adminA, expected: [GST_A] },
    { name: 'a nurse sees the GST of their establishment', actor: actors.nurseE1, expected: [GST_A] },
    { name: 'a province analyst sees the GST of their province', actor: actors.analystP1, expected: [GST_A] },
    {
      name: 'an actor with roles in two GSTs sees both, once each',
      actor: actor(
        'multi',
        assignment('gst_admin', 'gst', { gstId: GST_A }),
        assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
        assignment('analyst', 'gst', { gstId: GST_B }),
      ),
      expected: [GST_A, GST_B],
    },
    {
      name: 'one national assignment among GST ones makes the actor national',
      actor: actor(
        'mixed',
        assignment('nurse', 'establishment', { gstId: GST_A, establishmentId: E1 }),
        assignment('analyst', 'national'),
      ),
      expected: 'all',
    },
    { name: 'an actor without assignments sees no GST', actor: actors.nobody, expected: [] },
  ])('$name', ({ actor: who, expected }) => {
    expect(visibleGstIds(who)).toEqual(expected);
  });
});

describe('authorize', () => {
  const thrown = (check: Parameters<typeof authorize>[0]): unknown => {
    try {
      authorize(check);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('passes when the record is visible and the action allowed', () => {
    expect(thrown({ visible: true, allowed: true, entity: 'Establishment' })).toBeUndefined();
  });

  it.each([
    {
      name: 'answers not found, audited, for a record outside the scope',
      visible: false,
      allowed: false,
      code: 'not_found',
      message: 'Establishment not found',
    },
    {
      name: 'answers not found even when the action would be allowed',
      visible: false,
      allowed: true,
      code: 'not_found',
      message: 'Establishment not found',
    },
    {
      name: 'answers forbidden, audited, for a visible record the actor may not change',
      visible: true,
      allowed: false,
      code: 'forbidden',
      message: undefined,
    },
  ])('$name', ({ visible, allowed, code, message }) => {
    const error = thrown({ visible, allowed, entity: 'Establishment' });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code, denied: true });
    if (message) {
      expect((error as AppError).message).toBe(message);
    }
  });
});

describe('canGrantAssignment with a role held at a scope it does not allow', () => {
  it.each([
    ['national admin at GST level', 'nationalAdmin', assignment('national_admin', 'gst', { gstId: GST_A })],
    ['national admin at GST level, by a GST admin', 'adminA', assignment('national_admin', 'gst', { gstId: GST_A })],
    ['a nurse over a whole GST', 'nationalAdmin', assignment('nurse', 'gst', { gstId: GST_A })],
  ] as const)('refuses %s', (_name, who, grant) => {
    expect(canGrantAssignment(actors[who], grant)).toBe(false);
  });
});
