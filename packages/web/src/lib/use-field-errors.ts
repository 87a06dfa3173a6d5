import { toFieldIssues, type FieldIssue } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api-error';
import { issuesByField } from './issues-by-field';
import { translateIssue } from './translate-issue';

/**
 * The field errors of a form: issues from validating with the domain schema before sending, otherwise the issues the
 * server answered with (`serverError`), translated and keyed by field path.
 */
export function useFieldErrors(serverError: unknown) {
  const { t } = useTranslation();
  const [clientIssues, setClientIssues] = useState<FieldIssue[]>([]);
  const serverIssues: FieldIssue[] = isApiError(serverError) ? serverError.issues : [];
  const errors = issuesByField(clientIssues.length > 0 ? clientIssues : serverIssues, (issue) =>
    translateIssue(issue, t),
  );

  /** Parses the form's candidate with the schema: shows its issues and returns undefined, or returns the input. */
  function validate<Schema extends z.ZodType>(schema: Schema, candidate: unknown): z.output<Schema> | undefined {
    const result = schema.safeParse(candidate);
    setClientIssues(result.success ? [] : toFieldIssues(result.error));
    return result.success ? result.data : undefined;
  }

  const clearIssues = () => setClientIssues([]);

  return { errors, serverIssues, validate, clearIssues };
}
