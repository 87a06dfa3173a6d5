import type { Locale, Patient } from '@tansiq/domain';

type Named = Pick<Patient, 'givenNameLatin' | 'familyNameLatin' | 'givenNameArabic' | 'familyNameArabic'>;

/** The name in Latin letters, family name first as on Moroccan registers ("EL IDRISSI Mohamed"); '' when none. */
export function latinName(patient: Named): string {
  return [patient.familyNameLatin?.toLocaleUpperCase('fr'), patient.givenNameLatin].filter(Boolean).join(' ');
}

/** The name in Arabic letters, given name first as it is read; '' when none. */
export function arabicName(patient: Named): string {
  return [patient.givenNameArabic, patient.familyNameArabic].filter(Boolean).join(' ');
}

/** The name in the script of the UI when it was entered in that script, else in the other one. */
export function patientName(patient: Named, language: Locale): string {
  const latin = latinName(patient);
  const arabic = arabicName(patient);
  return language === 'ar' ? arabic || latin : latin || arabic;
}
