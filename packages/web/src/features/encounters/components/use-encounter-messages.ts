import { useTranslation } from 'react-i18next';

/**
 * The domain's own messages for this form (English, from the schema or the server), in the user's language. The
 * shared translation only knows generic cases; these are the date and code rules of an encounter.
 */
const knownMessages: readonly [RegExp, string][] = [
  [/^The end is before the start/, 'encounters.validation.endBeforeStart'],
  [/^The (start|end) is in the future/, 'encounters.validation.inFuture'],
  [/^This establishment is closed/, 'encounters.validation.establishmentClosed'],
];

/** Fields whose every error means the same thing: the ICD-10 code only has a format to follow. */
const fieldMessages: Record<string, string> = { icd10Code: 'encounters.validation.icd10' };

/** Looks up the error of a field, translated when it is one of the encounter's rules. */
export function useEncounterMessages(errors: Record<string, string>): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const error = errors[field];
    if (error === undefined) {
      return undefined;
    }
    const key = fieldMessages[field] ?? knownMessages.find(([pattern]) => pattern.test(error))?.[1];
    return key ? t(key) : error;
  };
}
