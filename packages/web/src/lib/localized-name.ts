import type { Locale } from '@tansiq/domain';

interface Named {
  nameFr: string;
  nameAr?: string | null;
  nameEn?: string | null;
}

/** The name to show in the current language; French when the record has no name in that language. */
export function localizedName(named: Named, language: Locale): string {
  if (language === 'ar' && named.nameAr) {
    return named.nameAr;
  }
  if (language === 'en' && named.nameEn) {
    return named.nameEn;
  }
  return named.nameFr;
}
