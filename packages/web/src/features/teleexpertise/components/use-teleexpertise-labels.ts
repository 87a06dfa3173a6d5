import { specialties } from '@tansiq/domain';
import { useCallback } from 'react';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

/** A specialty's name and an establishment's name in the current language. */
export function useTeleexpertiseLabels() {
  const language = useLanguage();
  const specialtyName = useCallback(
    (code: string) => {
      const specialty = specialties.find((candidate) => candidate.code === code);
      return specialty ? localizedName(specialty, language) : code;
    },
    [language],
  );
  const placeName = useCallback(
    (place: { nameFr: string; nameAr: string | null }) => localizedName(place, language),
    [language],
  );
  return { specialtyName, placeName };
}
