import type { FieldIssue } from '@tansiq/domain';

/**
 * Field issues keyed by their dotted path (`services.2.beds`), first message per field, for showing next to inputs.
 * `describe` turns an issue into the text to show (e.g. translated).
 */
export function issuesByField(
  issues: readonly FieldIssue[],
  describe: (issue: FieldIssue) => string = (issue) => issue.message,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!(key in errors)) {
      errors[key] = describe(issue);
    }
  }
  return errors;
}
