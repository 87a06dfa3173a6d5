import { partialBirthDateSchema } from '@tansiq/domain';

/** Why a typed birth date cannot be used; each has its own translated message. */
export type BirthDateProblem = 'format' | 'notExist' | 'future' | 'tooOld';

/** A typed birth date: the API's partial ISO form (`null` when nothing was typed), or the problem. */
export type ParsedBirthDate =
  { value: string | null; problem?: undefined } | { value?: undefined; problem: BirthDateProblem };

const separator = String.raw`\s*[/.\-\s]\s*`;
const dayMonthYear = new RegExp(String.raw`^(\d{1,2})${separator}(\d{1,2})${separator}(\d{4})$`);
const monthYear = new RegExp(String.raw`^(\d{1,2})${separator}(\d{4})$`);
const compactDayMonthYear = /^(\d{2})(\d{2})(\d{4})$/;
const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Desks in Arabic may type Eastern Arabic (٠–٩) or Persian (۰–۹) digits. */
const toLatinDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));

const pad = (value: string): string => value.padStart(2, '0');

function toPartialIso(text: string): string | undefined {
  const full = dayMonthYear.exec(text) ?? compactDayMonthYear.exec(text);
  if (full) {
    const [, day = '', month = '', year = ''] = full;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  const partial = monthYear.exec(text);
  if (partial) {
    const [, month = '', year = ''] = partial;
    return `${year}-${pad(month)}`;
  }
  return iso.test(text) ? text : undefined;
}

/**
 * Reads a birth date as the desk types it, in the Moroccan order: `JJ/MM/AAAA`, `MM/AAAA` or only `AAAA` (older rural
 * adults often know only the year), with `/`, `.`, `-` or spaces; `AAAA-MM-JJ` is accepted too. Returns the API's
 * partial ISO form (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), checked with the domain schema, or why it cannot be used.
 */
export function parseBirthDateInput(
  text: string,
  today: string = new Date().toISOString().slice(0, 10),
): ParsedBirthDate {
  const trimmed = toLatinDigits(text.trim());
  if (trimmed === '') {
    return { value: null };
  }
  const partial = toPartialIso(trimmed);
  if (partial === undefined) {
    return { problem: 'format' };
  }
  const checked = partialBirthDateSchema.safeParse(partial);
  if (!checked.success) {
    const tooOld = checked.error.issues.some((issue) => issue.message.includes('1890'));
    return { problem: tooOld ? 'tooOld' : 'notExist' };
  }
  if (checked.data > today.slice(0, checked.data.length)) {
    return { problem: 'future' };
  }
  return { value: checked.data };
}

/** The partial ISO form as the desk reads and types it: `14/03/1987`, `03/1987` or `1987`. */
export function toBirthDateInput(partial: string | null): string {
  if (partial === null) {
    return '';
  }
  const [year = '', month, day] = partial.split('-');
  return [day, month, year].filter((part) => part !== undefined).join('/');
}
