import { describe, expect, it } from 'vitest';
import { toStaffDirectoryEntry } from './staff-directory-entry';
import { createStaffMemberInputSchema, type StaffMember } from './staff-member';

describe('toStaffDirectoryEntry', () => {
  it('keeps names and role and drops everything personal', () => {
    const member: StaffMember = {
      ...createStaffMemberInputSchema.parse({
        givenNameLatin: 'Amina',
        familyNameLatin: 'Tazi',
        cin: 'AB123456',
        sex: 'female',
        birthDate: '1985-01-01',
        phone: '0612345678',
        cadre: 'midwife',
        employmentStatus: 'gst_contract',
        employedFrom: '2010-01-01',
      }),
      id: '00000000-0000-4000-8000-000000000010',
      gstId: '00000000-0000-4000-8000-000000000020',
      staffId: 'TTA-S-0001234',
      version: 1,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    expect(toStaffDirectoryEntry(member)).toStrictEqual({
      id: member.id,
      staffId: 'TTA-S-0001234',
      givenNameLatin: 'Amina',
      familyNameLatin: 'Tazi',
      givenNameArabic: null,
      familyNameArabic: null,
      cadre: 'midwife',
      specialtyCode: null,
      technicianField: null,
    });
  });
});
