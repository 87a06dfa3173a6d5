import type { StaffMember, StaffMemberFields } from '@tansiq/domain';

/** The editable fields of a stored staff member (the shape the rules and the history read). */
export const staffFieldsOf = (member: StaffMember): StaffMemberFields => ({
  givenNameLatin: member.givenNameLatin,
  familyNameLatin: member.familyNameLatin,
  givenNameArabic: member.givenNameArabic,
  familyNameArabic: member.familyNameArabic,
  cin: member.cin,
  sex: member.sex,
  birthDate: member.birthDate,
  phone: member.phone,
  email: member.email,
  cadre: member.cadre,
  specialtyCode: member.specialtyCode,
  technicianField: member.technicianField,
  grade: member.grade,
  step: member.step,
  employmentStatus: member.employmentStatus,
  employedFrom: member.employedFrom,
  employedTo: member.employedTo,
  userId: member.userId,
  qualifications: member.qualifications,
});

/** The prefix of a GST's staff ids: its short code without `GST-` (`GST-TTA` → `TTA`). */
export const staffIdPrefixOf = (gstCode: string): string => gstCode.replace(/^GST-/, '');
