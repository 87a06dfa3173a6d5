import type { Locale } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage } from '../i18n/i18n';

/** The current UI language; components using it re-render when it changes. */
export function useLanguage(): Locale {
  const { i18n } = useTranslation();
  return isSupportedLanguage(i18n.language) ? i18n.language : 'fr';
}
