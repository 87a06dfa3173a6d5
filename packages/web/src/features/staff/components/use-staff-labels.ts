import { specialties, type StaffDirectoryEntry } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

type Names = Pick<StaffDirectoryEntry, 'givenNameLatin' | 'familyNameLatin' | 'givenNameArabic' | 'familyNameArabic'>;

const join = (given: string | null, family: string | null): string | null =>
  given === null && family === null ? null : [family, given].filter((part) => part !== null).join(' ');

/** Names of staff members, cadres and specialties in the current language (Arabic names first in Arabic). */
export function useStaffLabels() {
  const language = useLanguage();
  const { t } = useTranslation();
  return useMemo(() => {
    const latin = (names: Names) => join(names.givenNameLatin, names.familyNameLatin);
    const arabic = (names: Names) => join(names.givenNameArabic, names.familyNameArabic);
    return {
      personName: (names: Names): string =>
        (language === 'ar' ? (arabic(names) ?? latin(names)) : (latin(names) ?? arabic(names))) ?? '—',
      arabicName: (names: Names): string => arabic(names) ?? '',
      role: (entry: Pick<StaffDirectoryEntry, 'cadre' | 'specialtyCode'>): string => {
        const cadre = t(`staff.cadres.${entry.cadre}`);
        const specialty = specialties.find((candidate) => candidate.code === entry.specialtyCode);
        return specialty ? `${cadre} · ${localizedName(specialty, language)}` : cadre;
      },
      specialtyName: (code: string | null): string => {
        const specialty = specialties.find((candidate) => candidate.code === code);
        return specialty ? localizedName(specialty, language) : '—';
      },
      establishmentName: (establishment: { nameFr: string; nameAr: string | null } | null): string =>
        establishment === null
          ? '—'
          : language === 'ar' && establishment.nameAr
            ? establishment.nameAr
            : establishment.nameFr,
    };
  }, [language, t]);
}
