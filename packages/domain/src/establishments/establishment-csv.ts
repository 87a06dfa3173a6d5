import type { FieldIssue } from '../lib/app-error';
import { toFieldIssues } from '../lib/parse';
import { fromCsvCell } from '../lib/csv';
import { createEstablishmentInputSchema, type CreateEstablishmentInput, type Establishment } from './establishment';
import { defaultCareLevel, establishmentTypes, type EstablishmentType } from './establishment-types';

/** Columns of the establishment CSV, in template order. Services and equipment are `code:number` lists joined by `|`. */
export const establishmentCsvColumns = [
  'code',
  'name_fr',
  'name_ar',
  'type',
  'level',
  'province_code',
  'commune_code',
  'lon',
  'lat',
  'address',
  'phone',
  'status',
  'opening_hours',
  'services',
  'equipment',
] as const;
export type EstablishmentCsvColumn = (typeof establishmentCsvColumns)[number];

const fieldToColumn: Record<string, EstablishmentCsvColumn> = {
  code: 'code',
  nameFr: 'name_fr',
  nameAr: 'name_ar',
  type: 'type',
  level: 'level',
  provinceCode: 'province_code',
  communeCode: 'commune_code',
  lon: 'lon',
  lat: 'lat',
  address: 'address',
  phone: 'phone',
  status: 'status',
  openingHours: 'opening_hours',
  services: 'services',
  equipment: 'equipment',
};

/** An example row for the downloadable template. */
export const establishmentCsvExample: Record<EstablishmentCsvColumn, string> = {
  code: 'TTA-P-9001',
  name_fr: 'Centre de santé rural Exemple',
  name_ar: 'المركز الصحي القروي مثال',
  type: 'CSR-2',
  level: 'primary',
  province_code: '01.151',
  commune_code: '01.151.05.01',
  lon: '-5.2212',
  lat: '35.1087',
  address: 'Douar Exemple',
  phone: '+212 539 00 00 00',
  status: 'active',
  opening_hours: 'Mo-Fr 08:30-16:30',
  services: 'general_medicine:0|maternal_health:6',
  equipment: 'delivery_room:1|ultrasound:1',
};

/** Checks the header: every template column present, nothing unknown. */
export function checkEstablishmentCsvHeader(header: string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const known = new Set<string>(establishmentCsvColumns);
  header.forEach((column, index) => {
    if (!known.has(column)) {
      issues.push({ path: ['header', index], message: `Unknown column "${column}"` });
    }
  });
  for (const column of establishmentCsvColumns) {
    if (!header.includes(column)) {
      issues.push({ path: ['header', column], message: `Missing column "${column}"` });
    }
  }
  return issues;
}

function parseNumber(value: string): number | string {
  const trimmed = value.trim().replace(',', '.');
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : value;
}

function parsePairs<K extends string>(value: string, key: K, amount: string): Record<string, unknown>[] | string {
  if (value.trim() === '') {
    return [];
  }
  const pairs = value.split('|').map((pair) => pair.split(':').map((part) => part.trim()));
  if (pairs.some((pair) => pair.length !== 2)) {
    return value;
  }
  return pairs.map(([code = '', number = '']) => ({ [key]: code, [amount]: parseNumber(number) }));
}

const blankToNull = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value;

/**
 * `closed` marks a row exported from a closed establishment: it is read like the others but can only match an
 * establishment that is already closed (closing needs a reason and a date, given in the registry).
 */
export type CsvRowResult =
  { ok: true; input: CreateEstablishmentInput; closed: boolean } | { ok: false; issues: FieldIssue[] };

/**
 * Turns one CSV record into a create input; issues carry the path ['rows', rowNumber, column].
 * `rowNumber` is the line in the file (the header is line 1).
 */
export function establishmentFromCsvRecord(rawRecord: Record<string, string>, rowNumber: number): CsvRowResult {
  const record = Object.fromEntries(Object.entries(rawRecord).map(([column, value]) => [column, fromCsvCell(value)]));
  const type = (record.type ?? '').trim();
  const status = blankToNull(record.status)?.trim() ?? 'active';
  const level = blankToNull(record.level)?.trim();
  const candidate = {
    code: (record.code ?? '').trim(),
    nameFr: record.name_fr ?? '',
    nameAr: blankToNull(record.name_ar),
    type,
    level:
      level ??
      (establishmentTypes.includes(type as EstablishmentType) ? defaultCareLevel[type as EstablishmentType] : ''),
    provinceCode: (record.province_code ?? '').trim(),
    communeCode: blankToNull(record.commune_code)?.trim() ?? null,
    lon: parseNumber(record.lon ?? ''),
    lat: parseNumber(record.lat ?? ''),
    address: blankToNull(record.address),
    phone: blankToNull(record.phone),
    status: status === 'closed' ? 'active' : status,
    openingHours: blankToNull(record.opening_hours),
    services: parsePairs(record.services ?? '', 'specialtyCode', 'beds'),
    equipment: parsePairs(record.equipment ?? '', 'equipmentCode', 'quantity'),
  };
  const result = createEstablishmentInputSchema.safeParse(candidate);
  if (result.success) {
    return { ok: true, input: result.data, closed: status === 'closed' };
  }
  const issues = toFieldIssues(result.error).map((issue) => {
    const [field, ...rest] = issue.path;
    const column = fieldToColumn[String(field)] ?? String(field);
    return { ...issue, path: ['rows', rowNumber, column, ...rest] };
  });
  return { ok: false, issues };
}

/** One establishment as a CSV row, in template column order (round-trips through the importer). */
export function establishmentToCsvRow(establishment: Establishment): string[] {
  const values: Record<EstablishmentCsvColumn, string> = {
    code: establishment.code,
    name_fr: establishment.nameFr,
    name_ar: establishment.nameAr ?? '',
    type: establishment.type,
    level: establishment.level,
    province_code: establishment.province.code,
    commune_code: establishment.commune?.code ?? '',
    lon: String(establishment.lon),
    lat: String(establishment.lat),
    address: establishment.address ?? '',
    phone: establishment.phone ?? '',
    status: establishment.status,
    opening_hours: establishment.openingHours ?? '',
    services: establishment.services.map((service) => `${service.specialtyCode}:${service.beds}`).join('|'),
    equipment: establishment.equipment.map((item) => `${item.equipmentCode}:${item.quantity}`).join('|'),
  };
  return establishmentCsvColumns.map((column) => values[column]);
}
