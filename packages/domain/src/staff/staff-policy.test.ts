import { describe, expect, it } from 'vitest';
import type { Actor, Role, RoleAssignment } from '../auth/roles';
import {
  canCreateStaffMember,
  canImportStaff,
  canManageStaffAssignment,
  canUpdateStaffMember,
  canViewStaffingTable,
  staffEditScope,
  staffViewFor,
  type StaffAccessTarget,
  type StaffView,
} from './staff-policy';

const gst = 'gst-tta';
const otherGst = 'gst-other';
const hospital = 'hospital';
const centre = 'centre';
const elsewhere = 'elsewhere';

/** The nurse under test: primary at the hospital, 20 % at the centre, linked to user `nurse-user`. */
const target: StaffAccessTarget = {
  gstId: gst,
  userId: 'nurse-user',
  establishmentIds: [hospital, centre],
  primaryEstablishmentId: hospital,
};

type Relation = 'gst' | 'primary_establishment' | 'additional_establishment' | 'other_establishment' | 'other_gst';

const scopeOf = (relation: Relation): Pick<RoleAssignment, 'scopeLevel' | 'gstId' | 'establishmentId'> => {
  const establishmentId = {
    primary_establishment: hospital,
    additional_establishment: centre,
    other_establishment: elsewhere,
  };
  if (relation === 'gst' || relation === 'other_gst') {
    return { scopeLevel: 'gst', gstId: relation === 'gst' ? gst : otherGst, establishmentId: null };
  }
  return { scopeLevel: 'establishment', gstId: gst, establishmentId: establishmentId[relation] };
};

const actor = (role: Role, relation: Relation, userId = 'someone'): Actor => ({
  userId,
  username: userId,
  displayName: userId,
  assignments: [{ role, provinceCode: null, ...scopeOf(relation) }],
});

describe('staffViewFor', () => {
  it.each<{ role: Role; relation: Relation; view: StaffView }>([
    { role: 'hr_officer', relation: 'gst', view: 'full' },
    { role: 'hr_officer', relation: 'other_gst', view: 'none' },
    { role: 'hr_officer', relation: 'primary_establishment', view: 'full' },
    { role: 'hr_officer', relation: 'additional_establishment', view: 'full' },
    { role: 'hr_officer', relation: 'other_establishment', view: 'directory' },
    { role: 'establishment_admin', relation: 'primary_establishment', view: 'full' },
    { role: 'establishment_admin', relation: 'additional_establishment', view: 'full' },
    { role: 'establishment_admin', relation: 'other_establishment', view: 'directory' },
    { role: 'physician', relation: 'primary_establishment', view: 'directory' },
    { role: 'physician', relation: 'other_establishment', view: 'directory' },
    { role: 'nurse', relation: 'additional_establishment', view: 'directory' },
    { role: 'secretary', relation: 'other_establishment', view: 'directory' },
    { role: 'gst_director', relation: 'gst', view: 'directory' },
    { role: 'gst_admin', relation: 'gst', view: 'directory' },
    { role: 'finance_officer', relation: 'gst', view: 'directory' },
    { role: 'analyst', relation: 'gst', view: 'none' },
    { role: 'data_protection_officer', relation: 'gst', view: 'none' },
    { role: 'physician', relation: 'other_gst', view: 'none' },
  ])('gives a $role of the $relation the $view view', ({ role, relation, view }) => {
    expect(staffViewFor(actor(role, relation), target)).toBe(view);
  });

  it('gives the staff member the full view of their own record, whatever their role', () => {
    expect(staffViewFor(actor('nurse', 'other_establishment', 'nurse-user'), target)).toBe('full');
    expect(staffViewFor(actor('nurse', 'other_establishment', 'nurse-user'), { ...target, userId: null })).toBe(
      'directory',
    );
  });

  it('gives nothing to an actor without roles', () => {
    expect(staffViewFor({ userId: 'x', username: 'x', displayName: 'x', assignments: [] }, target)).toBe('none');
  });
});

describe('staffEditScope', () => {
  it.each<{ role: Role; relation: Relation; userId?: string; scope: 'all' | 'contacts' | 'none' }>([
    { role: 'hr_officer', relation: 'gst', scope: 'all' },
    { role: 'hr_officer', relation: 'primary_establishment', scope: 'all' },
    { role: 'hr_officer', relation: 'additional_establishment', scope: 'none' },
    { role: 'hr_officer', relation: 'other_gst', scope: 'none' },
    { role: 'establishment_admin', relation: 'primary_establishment', scope: 'none' },
    { role: 'gst_admin', relation: 'gst', scope: 'none' },
    { role: 'physician', relation: 'primary_establishment', scope: 'none' },
    { role: 'nurse', relation: 'primary_establishment', userId: 'nurse-user', scope: 'contacts' },
  ])('lets a $role of the $relation change $scope', ({ role, relation, userId, scope }) => {
    expect(staffEditScope(actor(role, relation, userId), target)).toBe(scope);
  });
});

describe('canUpdateStaffMember', () => {
  const self = actor('nurse', 'primary_establishment', 'nurse-user');
  it.each<{ name: string; input: Record<string, unknown>; allowed: boolean }>([
    { name: 'lets a person change their own phone', input: { version: 2, phone: '+212612345678' }, allowed: true },
    { name: 'lets a person change their own e-mail', input: { version: 2, email: 'a@example.org' }, allowed: true },
    {
      name: 'does not let a person change their own grade',
      input: { version: 2, grade: 'nurse_principal' },
      allowed: false,
    },
  ])('$name', ({ input, allowed }) => {
    expect(canUpdateStaffMember(self, target, { version: 2, ...input })).toBe(allowed);
  });

  it('lets a GST HR officer change the grade', () => {
    expect(canUpdateStaffMember(actor('hr_officer', 'gst'), target, { version: 2, grade: 'nurse_principal' })).toBe(
      true,
    );
  });
});

describe('HR actions', () => {
  const cases: {
    name: string;
    check: (subject: Actor) => boolean;
    allowed: [Role, Relation][];
    refused: [Role, Relation][];
  }[] = [
    {
      name: 'registering a staff member at the hospital',
      check: (subject) => canCreateStaffMember(subject, { gstId: gst, establishmentId: hospital }),
      allowed: [
        ['hr_officer', 'gst'],
        ['hr_officer', 'primary_establishment'],
      ],
      refused: [
        ['hr_officer', 'other_establishment'],
        ['establishment_admin', 'primary_establishment'],
        ['gst_admin', 'gst'],
      ],
    },
    {
      name: 'importing a staff file',
      check: (subject) => canImportStaff(subject, gst),
      allowed: [['hr_officer', 'gst']],
      refused: [
        ['hr_officer', 'primary_establishment'],
        ['gst_admin', 'gst'],
        ['hr_officer', 'other_gst'],
      ],
    },
    {
      name: 'assigning someone to the centre',
      check: (subject) => canManageStaffAssignment(subject, { gstId: gst, establishmentId: centre }),
      allowed: [
        ['hr_officer', 'gst'],
        ['hr_officer', 'additional_establishment'],
      ],
      refused: [
        ['hr_officer', 'primary_establishment'],
        ['establishment_admin', 'additional_establishment'],
      ],
    },
    {
      name: "reading the hospital's staffing table",
      check: (subject) => canViewStaffingTable(subject, { gstId: gst, establishmentId: hospital }),
      allowed: [
        ['hr_officer', 'gst'],
        ['establishment_admin', 'primary_establishment'],
        ['gst_director', 'gst'],
      ],
      refused: [
        ['establishment_admin', 'other_establishment'],
        ['physician', 'primary_establishment'],
        ['analyst', 'gst'],
      ],
    },
  ];
  for (const { name, check, allowed, refused } of cases) {
    it.each(allowed)(`allows ${name} to a %s of the %s`, (role, relation) => {
      expect(check(actor(role, relation))).toBe(true);
    });
    it.each(refused)(`refuses ${name} to a %s of the %s`, (role, relation) => {
      expect(check(actor(role, relation))).toBe(false);
    });
  }
});
