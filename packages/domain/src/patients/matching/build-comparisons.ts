import { toBirthDateParser, type BirthDate } from './birth-date';
import type { ComparisonColumn, MatchField } from './comparison-column';
import { compareDates, dateLevels } from './compare-dates';
import {
  compareIdentifiers,
  comparePhones,
  comparePostcodes,
  identifierLevels,
  normaliseIdentifier,
  normalisePhone,
  phoneLevels,
  postcodeLevels,
} from './compare-identifiers';
import {
  addressLevels,
  compareAddresses,
  type AddressValue,
  compareExact,
  compareStrings,
  exactLevels,
  stringLevels,
} from './compare-strings';
import { buildFullNameColumn, buildNameColumns } from './name-columns';
import { foldLatin } from './normalise-latin';
import { normaliseArabic, isArabic } from './normalise-arabic';
import { prepareName, type PreparedName } from './prepare-name';

/** Per-record values the blocking keys are built from; an empty string is a missing value. */
export interface BlockingValues {
  identifiers: string[][];
  givenKey?: string[];
  familyKey?: string[];
  familyPrefix?: string[];
  familyInitial?: string[];
  givenInitial?: string[];
  /** Phonetic keys of every name token (full names, or given + family). */
  nameTokenKeys: string[][];
  birthYear?: string[];
  birthDigits?: string[];
  locality?: string[];
  postcode?: string[];
  phone?: string[];
}

/** Comparison columns and blocking values prepared once for every record. */
export interface PreparedComparisons {
  columns: ComparisonColumn[];
  blocking: BlockingValues;
}

/** Folds free text in either script for comparison. */
function foldText(value: string): string {
  return isArabic(value) ? normaliseArabic(value) : foldLatin(value);
}

/** Reads the sex in the usual codings (M/F, H/F, 1/2, male/female, ذكر/أنثى); anything else is missing. */
export function normaliseSex(value: string): string {
  const folded = foldText(value);
  if (/^(m|h|1|male|masculin|homme|ذكر)/.test(folded)) {
    return 'm';
  }
  return /^(f|2|female|feminin|femme|انثي)/.test(folded) ? 'f' : '';
}

function cellsOf(rows: readonly (readonly string[])[], index: number): string[] {
  return rows.map((row) => (row[index] ?? '').trim());
}

function joinedCells(rows: readonly (readonly string[])[], indexes: readonly number[]): string[] {
  return rows.map((row) =>
    indexes
      .map((index) => (row[index] ?? '').trim())
      .filter((cell) => cell !== '')
      .join(' '),
  );
}

function simpleColumn(
  name: string,
  levels: readonly string[],
  values: readonly string[],
  compare: (a: string, b: string) => number,
  termFrequency: boolean,
  personal: boolean,
): ComparisonColumn {
  return {
    name,
    levels,
    personal,
    ...(termFrequency ? { termFrequencyKeys: values.map((value) => (value === '' ? undefined : value)) } : {}),
    compare: (i, j) => compare(values[i] ?? '', values[j] ?? ''),
  };
}

/** Prepares names, dates, identifiers and free text once, and builds one comparison per mapped column. */
export function buildComparisons(
  fields: readonly MatchField[],
  rows: readonly (readonly string[])[],
): PreparedComparisons {
  const indexesOf = (role: string): number[] => fields.flatMap((field, index) => (field.role === role ? [index] : []));
  const columns: ComparisonColumn[] = [];
  const blocking: BlockingValues = { identifiers: [], nameTokenKeys: rows.map(() => []) };
  const given = indexesOf('given_name');
  const family = indexesOf('family_name');
  const full = indexesOf('full_name');
  const toNames = (values: string[]): (PreparedName | undefined)[] => values.map(prepareName);
  const addTokenKeys = (names: readonly (PreparedName | undefined)[]): void => {
    names.forEach((name, index) => blocking.nameTokenKeys[index]?.push(...(name?.sortedTokenKey.split(' ') ?? [])));
  };
  if (full.length > 0) {
    const givenAndFamily = joinedCells(rows, [...given, ...family]);
    const names = toNames(joinedCells(rows, full).map((value, index) => value || (givenAndFamily[index] ?? '')));
    columns.push(buildFullNameColumn(names));
    addTokenKeys(names);
  } else if (given.length > 0 || family.length > 0) {
    const givenNames = toNames(joinedCells(rows, given));
    const familyNames = toNames(joinedCells(rows, family));
    columns.push(
      ...buildNameColumns(givenNames, familyNames).filter((column) =>
        column.name === 'given_name' ? given.length > 0 : family.length > 0,
      ),
    );
    blocking.givenKey = givenNames.map((name) => name?.key ?? '');
    blocking.familyKey = familyNames.map((name) => name?.key ?? '');
    blocking.familyPrefix = familyNames.map((name) => name?.compact.slice(0, 3) ?? '');
    blocking.familyInitial = familyNames.map((name) => name?.key.slice(0, 1) ?? '');
    blocking.givenInitial = givenNames.map((name) => name?.key.slice(0, 1) ?? '');
    addTokenKeys(givenNames);
    addTokenKeys(familyNames);
  }
  for (const [index, field] of fields.entries()) {
    const cells = cellsOf(rows, index);
    switch (field.role) {
      case 'birth_date': {
        const parse = toBirthDateParser(field.format ?? 'YYYY-MM-DD');
        const dates: (BirthDate | undefined)[] = cells.map((cell) => (cell === '' ? undefined : parse?.(cell)));
        columns.push({
          name: field.name,
          levels: dateLevels,
          personal: true,
          termFrequencyKeys: dates.map((date) => date?.digits),
          compare: (i, j) => compareDates(dates[i], dates[j]),
        });
        blocking.birthYear ??= dates.map((date) => (date === undefined ? '' : String(date.year)));
        blocking.birthDigits ??= dates.map((date) => date?.digits ?? '');
        break;
      }
      case 'national_id':
      case 'insurance_id': {
        const values = cells.map(normaliseIdentifier);
        // Dependants share the insured person's AMO number (DOMAIN.md §6): it identifies a household, not a person.
        const personal = field.role === 'national_id';
        columns.push(simpleColumn(field.name, identifierLevels, values, compareIdentifiers, false, personal));
        blocking.identifiers.push(values);
        break;
      }
      case 'phone': {
        const values = cells.map(normalisePhone);
        columns.push(simpleColumn(field.name, phoneLevels, values, comparePhones, false, false));
        blocking.phone ??= values;
        break;
      }
      case 'postcode': {
        const values = cells.map(normaliseIdentifier);
        columns.push(simpleColumn(field.name, postcodeLevels, values, comparePostcodes, true, false));
        blocking.postcode ??= values;
        break;
      }
      case 'address': {
        const addresses: AddressValue[] = cells.map((cell) => {
          const text = foldText(cell);
          return { tokens: text.split(' ').filter((token) => token !== ''), text };
        });
        const none: AddressValue = { tokens: [], text: '' };
        columns.push({
          name: field.name,
          levels: addressLevels,
          personal: false,
          compare: (i, j) => compareAddresses(addresses[i] ?? none, addresses[j] ?? none),
        });
        break;
      }
      case 'locality': {
        const values = cells.map((cell) => foldText(cell).replace(/ /g, ''));
        columns.push(simpleColumn(field.name, stringLevels, values, compareStrings, true, false));
        blocking.locality ??= values;
        break;
      }
      case 'region':
      case 'string':
        columns.push(simpleColumn(field.name, stringLevels, cells.map(foldText), compareStrings, false, false));
        break;
      case 'exact':
        columns.push(simpleColumn(field.name, exactLevels, cells.map(foldText), compareExact, false, false));
        break;
      case 'sex':
        columns.push(simpleColumn(field.name, exactLevels, cells.map(normaliseSex), compareExact, false, true));
        break;
      default:
        break;
    }
  }
  return { columns, blocking };
}
