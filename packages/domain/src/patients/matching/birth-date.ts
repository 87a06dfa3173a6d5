/** Birth dates as they arrive in person files: a declared format, or only a year (DOMAIN.md §7). */

/** A parsed birth date; month and day are 0 when unknown. */
export interface BirthDate {
  year: number;
  month: number;
  day: number;
  /** YYYYMMDD with 00 for unknown parts, compared digit by digit for typos. */
  digits: string;
  /** Only the year is really known: no day or month, or the 1 January / 31 December placeholders. */
  imprecise: boolean;
  /** Days since 1 January of year 0 (approximate for imprecise dates), for the "within one year" level. */
  dayNumber: number;
}

const tokenPattern = /YYYY|MM|DD/g;

/**
 * Turns a format such as `YYYYMMDD`, `DD/MM/YYYY`, `YYYY-MM-DD` or `MM/DD/YYYY` into a parser;
 * `undefined` when the format has no `YYYY` or repeats a part.
 */
export function toBirthDateParser(format: string): ((value: string) => BirthDate | undefined) | undefined {
  const parts: string[] = format.match(tokenPattern) ?? [];
  if (!parts.includes('YYYY') || new Set(parts).size !== parts.length) {
    return undefined;
  }
  const rest = format.replace(tokenPattern, '');
  if (/[A-Za-z0-9]/.test(rest)) {
    return undefined;
  }
  const separated = rest.length > 0;
  const literals = format.split(tokenPattern).map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  let source = literals[0] ?? '';
  for (const [index, part] of parts.entries()) {
    source += part === 'YYYY' ? '(\\d{4})' : separated ? '(\\d{1,2})' : '(\\d{2})';
    source += literals[index + 1] ?? '';
  }
  const pattern = new RegExp(`^${source}$`);
  return (value: string) => {
    const text = value.trim();
    if (/^\d{4}$/.test(text)) {
      return toBirthDate(Number(text), 0, 0);
    }
    const match = pattern.exec(text);
    if (match === null) {
      return undefined;
    }
    const valueOf = (part: string): number => {
      const index = parts.indexOf(part);
      return index < 0 ? 0 : Number(match[index + 1] ?? 0);
    };
    return toBirthDate(valueOf('YYYY'), valueOf('MM'), valueOf('DD'));
  };
}

/** Builds a birth date from its parts, keeping impossible months or days: they may be typos of a real date. */
export function toBirthDate(year: number, month: number, day: number): BirthDate {
  const imprecise = month === 0 || day === 0 || (month === 1 && day === 1) || (month === 12 && day === 31);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return {
    year,
    month,
    day,
    digits: `${String(year).padStart(4, '0')}${pad(month)}${pad(day)}`,
    imprecise,
    dayNumber: year * 365.25 + (imprecise ? 182 : (Math.min(month, 12) - 1) * 30.44 + day),
  };
}
