import { toFieldIssues, type FieldIssue } from '@tansiq/domain';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../../lib/api-error';
import { issuesByField } from '../../../lib/issues-by-field';
import { translateIssue } from '../../../lib/translate-issue';

/** The patient schema's messages (English, from the domain and the server), recognised by their wording. */
const patientMessages: readonly [RegExp, string][] = [
  [/^patients\.validation\./, ''],
  [/Latin letters; the Arabic name/, 'patients.validation.latinOnly'],
  [/in Arabic letters/, 'patients.validation.arabicOnly'],
  [/holds letters only/, 'patients.validation.lettersOnly'],
  [/at least one name/, 'patients.validation.nameRequired'],
  [/A CIN has/, 'patients.validation.cin'],
  [/An AMO number has/, 'patients.validation.amoNumber'],
  [/AMO number needs its scheme/, 'patients.validation.amoScheme'],
  [/Moroccan number has 10 digits/, 'patients.validation.phone'],
  [/same phone is listed twice/, 'patients.validation.phoneTwice'],
  [/birth year is before 1890/, 'patients.validation.birthDateTooOld'],
  [/birth date is in the future/, 'patients.validation.birthDateFuture'],
  [/This date does not exist/, 'patients.validation.birthDateNotExist'],
  [/death date needs the status/, 'patients.validation.deathNeedsStatus'],
  [/death date is in the future/, 'patients.validation.deathDateFuture'],
  [/death date is before the birth date/, 'patients.validation.deathBeforeBirth'],
  [/local patient number has/, 'patients.validation.localId'],
  [/already used at this establishment|belongs to another patient here/, 'patients.validation.localIdTaken'],
];

/** A patient form issue in the user's language: our own keys, then the patient rules, then the shared translations. */
export function translatePatientIssue(issue: FieldIssue, t: TFunction): string {
  for (const [pattern, key] of patientMessages) {
    if (pattern.test(issue.message)) {
      return t(key === '' ? issue.message : key);
    }
  }
  return translateIssue(issue, t);
}

/**
 * The field errors of a patient form, keyed by dotted path: what the browser found (the domain schema, plus issues of
 * its own such as an unreadable birth date), otherwise what the server answered.
 */
export function usePatientFieldErrors(serverError: unknown) {
  const { t } = useTranslation();
  const [clientIssues, setClientIssues] = useState<FieldIssue[]>([]);
  const serverIssues: FieldIssue[] = isApiError(serverError) ? serverError.issues : [];
  const errors = issuesByField(clientIssues.length > 0 ? clientIssues : serverIssues, (issue) =>
    translatePatientIssue(issue, t),
  );

  /** Validates with the schema; shows its issues and `extra` ones and returns undefined, or returns the input. */
  function validate<Schema extends z.ZodType>(
    schema: Schema,
    candidate: unknown,
    extra: readonly FieldIssue[] = [],
  ): z.output<Schema> | undefined {
    const result = schema.safeParse(candidate);
    const issues = [...extra, ...(result.success ? [] : toFieldIssues(result.error))];
    setClientIssues(issues);
    return result.success && extra.length === 0 ? result.data : undefined;
  }

  return { errors, serverIssues, validate, clearIssues: () => setClientIssues([]) };
}
