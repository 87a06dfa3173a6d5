import { equipmentTypes, specialties, type Locale } from '@tansiq/domain';
import type { TFunction } from 'i18next';
import { localizedName } from '../../../lib/localized-name';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describeItem(item: unknown, language: Locale): string {
  if (!isRecord(item)) {
    return String(item);
  }
  const { specialtyCode, beds, equipmentCode, quantity } = item;
  if (typeof specialtyCode === 'string') {
    const specialty = specialties.find((candidate) => candidate.code === specialtyCode);
    return `${specialty ? localizedName(specialty, language) : specialtyCode} (${String(beds)})`;
  }
  if (typeof equipmentCode === 'string') {
    const equipment = equipmentTypes.find((candidate) => candidate.code === equipmentCode);
    return `${equipment ? localizedName(equipment, language) : equipmentCode} × ${String(quantity)}`;
  }
  if (typeof item.nameFr === 'string') {
    return localizedName(
      { nameFr: item.nameFr, nameAr: typeof item.nameAr === 'string' ? item.nameAr : null },
      language,
    );
  }
  return JSON.stringify(item);
}

/** Fields whose values are codes with a translated label. */
const labelledFields: Record<string, string> = { level: 'careLevel', status: 'establishmentStatus' };

/** A before/after value of the history, readable: labels for codes, services and equipment by name, empty as a dash. */
export function formatChangeValue(field: string, value: unknown, language: Locale, t: TFunction): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const labelGroup = labelledFields[field];
  if (labelGroup && typeof value === 'string') {
    return t(`${labelGroup}.${value}`, { defaultValue: value });
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((item) => describeItem(item, language)).join(', ');
  }
  if (isRecord(value)) {
    return describeItem(value, language);
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
