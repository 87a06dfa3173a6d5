import { toFieldIssues, type FieldIssue } from '@tansiq/domain';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../../lib/api-error';
import { issuesByField } from '../../../lib/issues-by-field';
import { translateIssue } from '../../../lib/translate-issue';

/** The referral rules' messages (English, from the server), recognised by their wording. */
const referralMessages: readonly [RegExp, string][] = [
  [/^referrals\./, ''],
  [/not in the pathway/, 'referrals.validation.justificationRequired'],
  [/not an establishment of this GST|not active/, 'referrals.validation.destinationInactive'],
  [/goes to another establishment/, 'referrals.validation.destinationIsOrigin'],
  [/does not offer this specialty/, 'referrals.validation.destinationNoSpecialty'],
  [/does not take referrals/, 'referrals.validation.destinationNoReferrals'],
];

/** A referral form issue in the user's language: our own keys, then the referral rules, then the shared ones. */
export function translateReferralIssue(issue: FieldIssue, t: TFunction): string {
  for (const [pattern, key] of referralMessages) {
    if (pattern.test(issue.message)) {
      return t(key === '' ? issue.message : key);
    }
  }
  if (issue.path.at(-1) === 'destinationEstablishmentId') {
    return t('referrals.validation.chooseDestination');
  }
  return translateIssue(issue, t);
}

/** The field errors of a referral form: the browser's (schema and own rules) first, else the server's. */
export function useReferralFieldErrors(serverError: unknown) {
  const { t } = useTranslation();
  const [clientIssues, setClientIssues] = useState<FieldIssue[]>([]);
  const serverIssues: FieldIssue[] = isApiError(serverError) ? serverError.issues : [];
  const errors = issuesByField(clientIssues.length > 0 ? clientIssues : serverIssues, (issue) =>
    translateReferralIssue(issue, t),
  );

  /** Validates with the schema plus `extra` issues; shows them and returns undefined, or returns the input. */
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
