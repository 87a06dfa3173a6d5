import { describe, expect, it } from 'vitest';
import { assignmentInputSchema, createUserInputSchema } from './user';

const GST_A = '8f14e45f-ceea-467f-a0e6-1b2c3d4e5f60';
const E1 = '0b9a4c1e-6a43-4d6f-9d55-8c1f3f0e2a10';

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path) ?? [];

describe('assignmentInputSchema', () => {
  it.each([
    {
      name: 'a national admin at national level',
      input: { role: 'national_admin', scopeLevel: 'national', validFrom: '2025-01-01' },
      expected: { gstId: null, provinceCode: null, establishmentId: null, validTo: null },
    },
    {
      name: 'a GST admin of one GST',
      input: { role: 'gst_admin', scopeLevel: 'gst', gstId: GST_A, validFrom: '2025-01-01' },
      expected: { gstId: GST_A, provinceCode: null, establishmentId: null },
    },
    {
      name: 'an analyst of one province',
      input: { role: 'analyst', scopeLevel: 'province', gstId: GST_A, provinceCode: '01.151', validFrom: '2025-01-01' },
      expected: { gstId: GST_A, provinceCode: '01.151', establishmentId: null },
    },
    {
      name: 'a nurse of one establishment until a later date',
      input: {
        role: 'nurse',
        scopeLevel: 'establishment',
        gstId: GST_A,
        establishmentId: E1,
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
      },
      expected: { establishmentId: E1, validTo: '2025-12-31' },
    },
    {
      name: 'a one-day assignment',
      input: { role: 'hr_officer', scopeLevel: 'gst', gstId: GST_A, validFrom: '2025-03-01', validTo: '2025-03-01' },
      expected: { validTo: '2025-03-01' },
    },
  ])('accepts $name', ({ input, expected }) => {
    expect(assignmentInputSchema.parse(input)).toMatchObject({ ...input, ...expected });
  });

  it.each<{ name: string; input: Record<string, unknown>; paths: PropertyKey[][] }>([
    {
      name: 'a national admin scoped to a GST',
      input: { role: 'national_admin', scopeLevel: 'gst', gstId: GST_A, validFrom: '2025-01-01' },
      paths: [['scopeLevel']],
    },
    {
      name: 'a GST director scoped to one establishment',
      input: {
        role: 'gst_director',
        scopeLevel: 'establishment',
        gstId: GST_A,
        establishmentId: E1,
        validFrom: '2025-01-01',
      },
      paths: [['scopeLevel']],
    },
    {
      name: 'a national scope that names a GST',
      input: { role: 'national_admin', scopeLevel: 'national', gstId: GST_A, validFrom: '2025-01-01' },
      paths: [['gstId']],
    },
    {
      name: 'a GST scope without a GST',
      input: { role: 'gst_admin', scopeLevel: 'gst', validFrom: '2025-01-01' },
      paths: [['gstId']],
    },
    {
      name: 'a province scope without a province',
      input: { role: 'analyst', scopeLevel: 'province', gstId: GST_A, validFrom: '2025-01-01' },
      paths: [['provinceCode']],
    },
    {
      name: 'an establishment scope without an establishment',
      input: { role: 'nurse', scopeLevel: 'establishment', gstId: GST_A, validFrom: '2025-01-01' },
      paths: [['establishmentId']],
    },
    {
      name: 'an establishment scope with a province',
      input: {
        role: 'nurse',
        scopeLevel: 'establishment',
        gstId: GST_A,
        provinceCode: '01.151',
        establishmentId: E1,
        validFrom: '2025-01-01',
      },
      paths: [['provinceCode']],
    },
    {
      name: 'an end date before the start date',
      input: { role: 'gst_admin', scopeLevel: 'gst', gstId: GST_A, validFrom: '2025-06-01', validTo: '2025-05-31' },
      paths: [['validTo']],
    },
    {
      name: 'a start date that is not an ISO date',
      input: { role: 'gst_admin', scopeLevel: 'gst', gstId: GST_A, validFrom: '01/06/2025' },
      paths: [['validFrom']],
    },
    {
      name: 'a GST id that is not a UUID',
      input: { role: 'gst_admin', scopeLevel: 'gst', gstId: 'gst-a', validFrom: '2025-01-01' },
      paths: [['gstId']],
    },
    {
      name: 'an unknown role',
      input: { role: 'superuser', scopeLevel: 'national', validFrom: '2025-01-01' },
      paths: [['role']],
    },
    {
      name: 'an unknown field',
      input: { role: 'gst_admin', scopeLevel: 'gst', gstId: GST_A, validFrom: '2025-01-01', note: 'x' },
      paths: [[]],
    },
  ])('rejects $name', ({ input, paths }) => {
    expect(issuePaths(assignmentInputSchema.safeParse(input))).toEqual(paths);
  });
});

const validUser = {
  username: 'ahmed.benali',
  displayName: 'Ahmed Benali',
  password: 'correct horse battery',
  homeGstId: GST_A,
  assignments: [{ role: 'gst_admin', scopeLevel: 'gst', gstId: GST_A, validFrom: '2025-01-01' }],
};

describe('createUserInputSchema', () => {
  it('accepts a user, filling in email and locale', () => {
    expect(createUserInputSchema.parse(validUser)).toMatchObject({
      username: 'ahmed.benali',
      email: null,
      locale: 'fr',
      assignments: [{ role: 'gst_admin', gstId: GST_A, validTo: null }],
    });
  });

  it.each([
    { input: '  Ahmed.Benali ', expected: 'ahmed.benali' },
    { input: 'NURSE_01', expected: 'nurse_01' },
    { input: 'a-b', expected: 'a-b' },
    { input: '9' + 'x'.repeat(63), expected: '9' + 'x'.repeat(63) },
  ])('stores username $input as $expected', ({ input, expected }) => {
    expect(createUserInputSchema.parse({ ...validUser, username: input }).username).toBe(expected);
  });

  it.each<{ name: string; change: Record<string, unknown>; path: PropertyKey[] }>([
    { name: 'a two-character username', change: { username: 'ab' }, path: ['username'] },
    { name: 'a username longer than 64 characters', change: { username: 'a'.repeat(65) }, path: ['username'] },
    { name: 'a username starting with a dot', change: { username: '.ahmed' }, path: ['username'] },
    { name: 'a username with a space', change: { username: 'ahmed benali' }, path: ['username'] },
    { name: 'a username with an accent', change: { username: 'hélène' }, path: ['username'] },
    { name: 'an 11-character password', change: { password: 'x'.repeat(11) }, path: ['password'] },
    { name: 'a password longer than 256 characters', change: { password: 'x'.repeat(257) }, path: ['password'] },
    { name: 'no assignment', change: { assignments: [] }, path: ['assignments'] },
    {
      name: 'an invalid assignment, at its index',
      change: {
        assignments: [
          validUser.assignments[0],
          { role: 'nurse', scopeLevel: 'establishment', gstId: GST_A, validFrom: '2025-01-01' },
        ],
      },
      path: ['assignments', 1, 'establishmentId'],
    },
    { name: 'a missing home GST (null must be explicit)', change: { homeGstId: undefined }, path: ['homeGstId'] },
    { name: 'an invalid email', change: { email: 'ahmed@' }, path: ['email'] },
    { name: 'an unsupported locale', change: { locale: 'es' }, path: ['locale'] },
    { name: 'an unknown field', change: { isAdmin: true }, path: [] },
  ])('rejects $name', ({ change, path }) => {
    expect(issuePaths(createUserInputSchema.safeParse({ ...validUser, ...change }))).toEqual([path]);
  });
});
