import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@tansiq/domain';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

/**
 * Each feature may keep its own translations in `features/<feature>/i18n/<language>.json`; they are merged over the
 * shared files, so features do not all edit the same three files.
 */
const featureTranslations = import.meta.glob<Record<string, unknown>>('../features/*/i18n/*.json', {
  eager: true,
  import: 'default',
});

function withFeatures(language: Locale, shared: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...shared };
  for (const [path, resources] of Object.entries(featureTranslations)) {
    if (path.endsWith(`/${language}.json`)) {
      Object.assign(merged, resources);
    }
  }
  return merged;
}

export const supportedLanguages: readonly Locale[] = ['fr', 'ar', 'en'];
const storageKey = 'tansiq.language';

export const isSupportedLanguage = (value: unknown): value is Locale =>
  typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);

export const directionOf = (language: Locale): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** The language the app currently shows, as one of the supported locales. */
export function currentLanguage(): Locale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isSupportedLanguage(language) ? language : 'fr';
}

function applyToDocument(language: Locale) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

function storedLanguage(): Locale {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isSupportedLanguage(value) ? value : 'fr';
  } catch {
    return 'fr';
  }
}

/** Starts i18next with the bundled translations; French by default, the last choice on this device otherwise. */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        fr: { translation: withFeatures('fr', fr) },
        ar: { translation: withFeatures('ar', ar) },
        en: { translation: withFeatures('en', en) },
      },
      lng: storedLanguage(),
      fallbackLng: 'fr',
      supportedLngs: [...supportedLanguages],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', (language) => {
      if (isSupportedLanguage(language)) {
        applyToDocument(language);
        try {
          window.localStorage.setItem(storageKey, language);
        } catch {
          // Private browsing may refuse storage; the server still remembers the choice per user.
        }
      }
    });
  }
  applyToDocument(currentLanguage());
  return i18next;
}
