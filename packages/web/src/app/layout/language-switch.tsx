import { Button } from '@mantine/core';
import type { Locale } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { supportedLanguages } from '../../i18n/i18n';
import { useLanguage } from '../../lib/use-language';

const languageNames: Record<Locale, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

interface LanguageSwitchProps {
  /** Called after the UI switched, e.g. to remember the choice on the server. */
  onSwitch?: (language: Locale) => void;
}

/** FR / AR / EN; Arabic turns the whole page right-to-left. */
export function LanguageSwitch({ onSwitch }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    <Button.Group aria-label={t('header.language')}>
      {supportedLanguages.map((candidate) => (
        <Button
          key={candidate}
          size="xs"
          px={10}
          variant={candidate === language ? 'filled' : 'default'}
          aria-pressed={candidate === language}
          title={languageNames[candidate]}
          lang={candidate}
          onClick={() => {
            if (candidate !== language) {
              void i18n.changeLanguage(candidate);
              onSwitch?.(candidate);
            }
          }}
        >
          {candidate.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
}
