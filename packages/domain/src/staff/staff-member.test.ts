import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createStaffMemberInputSchema, updateStaffMemberInputSchema } from './staff-member';

const nurse = {
  givenNameLatin: 'Salma',
  familyNameLatin: 'El Idrissi',
  cin: 'kb123456',
  sex: 'female',
  birthDate: '1990-04-12',
  phone: '0612345678',
  email: 'salma.elidrissi@example.org',
  cadre: 'polyvalent_nurse',
  grade: 'nurse_grade_1',
  step: 3,
  employmentStatus: 'civil_servant_transferred',
  employedFrom: '2014-09-01',
};

const issuePaths = (input: unknown, schema: z.ZodType = createStaffMemberInputSchema): string[] => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('createStaffMemberInputSchema', () => {
  it('normalises a valid nurse and fills the defaults', () => {
    expect(createStaffMemberInputSchema.parse(nurse)).toStrictEqual({
      ...nurse,
      cin: 'KB123456',
      phone: '+212612345678',
      givenNameArabic: null,
      familyNameArabic: null,
      specialtyCode: null,
      technicianField: null,
      employedTo: null,
      userId: null,
      qualifications: [],
    });
  });

  it.each<{ name: string; change: Record<string, unknown>; paths: string[] }>([
    {
      name: 'accepts Arabic names only',
      change: { givenNameLatin: null, familyNameLatin: null, givenNameArabic: 'سلمى', familyNameArabic: 'الإدريسي' },
      paths: [],
    },
    {
      name: 'accepts a specialist with a specialty',
      change: { cadre: 'specialist', specialtyCode: 'paediatrics', grade: 'professor' },
      paths: [],
    },
    { name: 'accepts a specialised nurse without a specialty', change: { cadre: 'specialised_nurse' }, paths: [] },
    {
      name: 'accepts a health technician with a field',
      change: { cadre: 'health_technician', technicianField: 'radiology' },
      paths: [],
    },
    {
      name: 'rejects a person with no name',
      change: { givenNameLatin: null, familyNameLatin: '' },
      paths: ['familyNameLatin'],
    },
    {
      name: 'rejects half a name in each script',
      change: { familyNameLatin: null, familyNameArabic: 'الإدريسي' },
      paths: ['familyNameLatin'],
    },
    {
      name: 'rejects Arabic letters in the Latin name',
      change: { familyNameLatin: 'الإدريسي' },
      paths: ['familyNameLatin'],
    },
    { name: 'rejects a CIN with three letters', change: { cin: 'ABC12345' }, paths: ['cin'] },
    { name: 'rejects a CIN with seven digits', change: { cin: 'A1234567' }, paths: ['cin'] },
    { name: 'rejects a CIN without letters', change: { cin: '123456' }, paths: ['cin'] },
    { name: 'rejects an unknown field', change: { nickname: 'Sam' }, paths: [''] },
    { name: 'rejects an unknown cadre', change: { cadre: 'surgeon' }, paths: ['cadre'] },
    { name: 'rejects a specialist without a specialty', change: { cadre: 'specialist' }, paths: ['specialtyCode'] },
    {
      name: 'rejects a specialty for a polyvalent nurse',
      change: { specialtyCode: 'paediatrics' },
      paths: ['specialtyCode'],
    },
    {
      name: 'rejects an unknown specialty',
      change: { cadre: 'specialist', specialtyCode: 'astrology' },
      paths: ['specialtyCode'],
    },
    {
      name: 'rejects a health technician without a field',
      change: { cadre: 'health_technician' },
      paths: ['technicianField'],
    },
    {
      name: 'rejects a field for a midwife',
      change: { cadre: 'midwife', technicianField: 'laboratory' },
      paths: ['technicianField'],
    },
    { name: 'rejects a step without a grade', change: { grade: null }, paths: ['step'] },
    { name: 'rejects a step of 0', change: { step: 0 }, paths: ['step'] },
    { name: 'rejects a grade with capitals', change: { grade: 'Grade 1' }, paths: ['grade'] },
    {
      name: 'rejects an unknown employment status',
      change: { employmentStatus: 'volunteer' },
      paths: ['employmentStatus'],
    },
    {
      name: 'rejects an employment that ends before it starts',
      change: { employedTo: '2014-08-31' },
      paths: ['employedTo'],
    },
    { name: 'rejects a person employed before 18', change: { birthDate: '1996-09-02' }, paths: ['birthDate'] },
    { name: 'accepts a person employed on their 18th birthday', change: { birthDate: '1996-09-01' }, paths: [] },
    { name: 'rejects a bad e-mail', change: { email: 'salma@' }, paths: ['email'] },
    { name: 'rejects a foreign phone', change: { phone: '+33 6 12 34 56 78' }, paths: ['phone'] },
    { name: 'rejects a bad birth date', change: { birthDate: '1990-02-30' }, paths: ['birthDate'] },
    {
      name: 'rejects a licence that expires before it was obtained',
      change: {
        qualifications: [
          { kind: 'licence', title: 'Inscription', issuer: 'Ordre', year: 2015, validUntil: '2014-12-31' },
        ],
      },
      paths: ['qualifications.0.validUntil'],
    },
    {
      name: 'rejects an unknown field in a qualification',
      change: {
        qualifications: [
          { kind: 'diploma', title: 'Diplôme ISPITS', issuer: 'ISPITS Tétouan', year: 2014, grade: 'A' },
        ],
      },
      paths: ['qualifications.0'],
    },
  ])('$name', ({ change, paths }) => {
    expect(issuePaths({ ...nurse, ...change })).toEqual(paths);
  });
});

describe('updateStaffMemberInputSchema', () => {
  it.each<{ name: string; input: Record<string, unknown>; paths: string[] }>([
    { name: 'accepts a phone change with the version', input: { version: 2, phone: '0539000000' }, paths: [] },
    { name: 'requires the version', input: { phone: '0539000000' }, paths: ['version'] },
    { name: 'rejects an unknown field', input: { version: 2, salary: 1 }, paths: [''] },
    {
      name: 'rejects a change to specialist without the specialty',
      input: { version: 2, cadre: 'specialist' },
      paths: ['specialtyCode'],
    },
    {
      name: 'accepts a change to specialist with the specialty',
      input: { version: 2, cadre: 'specialist', specialtyCode: 'oncology' },
      paths: [],
    },
  ])('$name', ({ input, paths }) => {
    expect(issuePaths(input, updateStaffMemberInputSchema)).toEqual(paths);
  });

  it('does not invent values for the fields not sent', () => {
    expect(updateStaffMemberInputSchema.parse({ version: 3, email: 'a@example.org' })).toStrictEqual({
      version: 3,
      email: 'a@example.org',
    });
  });
});
