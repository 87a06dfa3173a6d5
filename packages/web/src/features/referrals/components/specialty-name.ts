import { specialties, type Locale } from '@tansiq/domain';
import { localizedName } from '../../../lib/localized-name';

/** A specialty's name in the UI language; its code when the reference list does not know it. */
export function specialtyName(code: string, language: Locale): string {
  const specialty = specialties.find((candidate) => candidate.code === code);
  return specialty ? localizedName(specialty, language) : code;
}
