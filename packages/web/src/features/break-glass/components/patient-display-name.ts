import type { BreakGlassReviewItem, Locale } from '@tansiq/domain';

/** A patient's name in the script of the UI when it was entered in that script, else in the other one. */
export function patientDisplayName(patient: BreakGlassReviewItem['patient'], language: Locale): string {
  const latin = [patient.givenNameLatin, patient.familyNameLatin].filter(Boolean).join(' ');
  const arabic = [patient.givenNameArabic, patient.familyNameArabic].filter(Boolean).join(' ');
  return (language === 'ar' ? arabic || latin : latin || arabic) || patient.regionalId;
}
