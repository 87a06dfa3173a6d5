import type { FieldIssue } from '@tansiq/domain';
import type { TFunction } from 'i18next';

const fieldMessages: Record<string, Partial<Record<string, string>>> = {
  lon: { too_small: 'validation.outsideMorocco', too_big: 'validation.outsideMorocco' },
  lat: { too_small: 'validation.outsideMorocco', too_big: 'validation.outsideMorocco' },
  phone: { invalid_format: 'validation.phone' },
  code: { invalid_format: 'validation.code' },
  username: { invalid_format: 'validation.username' },
  openingHours: { custom: 'validation.openingHours' },
  level: { custom: 'validation.levelNotAllowed' },
  password: { too_small: 'validation.password' },
  email: { invalid_format: 'validation.email' },
  validTo: { custom: 'validation.endsBeforeStart' },
};

const codeMessages: Record<string, string> = {
  invalid_type: 'validation.required',
  too_small: 'validation.tooSmall',
  too_big: 'validation.tooBig',
  invalid_format: 'validation.invalidFormat',
  invalid_value: 'validation.invalidValue',
};

/** Domain messages (English) recognised by their wording, e.g. in an import job's report, which carries no codes. */
const knownMessages: readonly [RegExp, string][] = [
  [/outside Morocco/, 'validation.outsideMorocco'],
  [/phone number/i, 'validation.phone'],
  [/capital letters, digits and hyphens/, 'validation.code'],
  [/^Use 24\/7/, 'validation.openingHours'],
  [/cannot be at the .* level/, 'validation.levelNotAllowed'],
  [/is listed twice/, 'validation.duplicate'],
  [/is already used/, 'validation.alreadyUsed'],
  [/^Required for a/, 'validation.requiredForScope'],
  [/^Must be empty for a/, 'validation.invalidValue'],
  [/cannot be held at/, 'validation.scopeNotAllowed'],
];

/** A server or domain message in the user's language when it is a known one; otherwise the message itself. */
export function translateMessage(message: string, t: TFunction): string {
  const known = knownMessages.find(([pattern]) => pattern.test(message));
  return known ? t(known[1]) : message;
}

/**
 * A field issue (from the domain schema in the browser, or from the server) in the user's language. Domain messages
 * are English; known cases are translated by field and code, and the original message is the fallback.
 */
export function translateIssue(issue: FieldIssue, t: TFunction): string {
  const field = [...issue.path].reverse().find((segment) => typeof segment === 'string');
  const code = issue.code ?? '';
  const lastSegment = issue.path.at(-1);
  if (code === 'custom' && typeof lastSegment === 'number') {
    return t('validation.duplicate');
  }
  const key = (field ? fieldMessages[field]?.[code] : undefined) ?? codeMessages[code];
  return key ? t(key) : translateMessage(issue.message, t);
}
