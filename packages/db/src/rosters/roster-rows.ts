import {
  rosterDayTypes,
  rosterLineKinds,
  rosterLineRecordSchema,
  rosterStatuses,
  type RosterDayType,
  type RosterLineKind,
  type RosterLineRecord,
  type RosterStatus,
} from '@tansiq/domain';
import { asText, toIso } from '../lib/rows';

/** A text or uuid array column: both drivers return an array; a literal `{a,b}` is accepted too. */
export function asTextArray(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(asText);
  }
  if (typeof value === 'string') {
    const inner = value.replace(/^\{|\}$/g, '');
    return inner === '' ? [] : inner.split(',');
  }
  throw new Error(`Expected an array column, got ${typeof value}`);
}

export const asInteger = (value: unknown): number => Number(asText(value));

const asTimestamp = (value: unknown): string => toIso(value instanceof Date ? value : asText(value));
export const asTimestampOrNull = (value: unknown): string | null => (value == null ? null : asTimestamp(value));
export { asTimestamp };

export function asLineKind(value: unknown): RosterLineKind {
  const kind = rosterLineKinds.find((candidate) => candidate === value);
  if (!kind) {
    throw new Error(`Unknown roster line kind ${String(value)}`);
  }
  return kind;
}

export function asRosterStatus(value: unknown): RosterStatus {
  const status = rosterStatuses.find((candidate) => candidate === value);
  if (!status) {
    throw new Error(`Unknown roster status ${String(value)}`);
  }
  return status;
}

/** Maps a `roster_lines` row; the JSON columns go through the domain schema. */
export function toRosterLineRecord(row: Record<string, unknown>): RosterLineRecord {
  return rosterLineRecordSchema.parse({
    id: asText(row.id),
    gstId: asText(row.gst_id),
    version: asInteger(row.version),
    name: asText(row.name),
    kind: asLineKind(row.kind),
    establishmentIds: asTextArray(row.establishment_ids),
    specialtyCode: row.specialty_code == null ? null : asText(row.specialty_code),
    requiredCadres: asTextArray(row.required_cadres),
    requiredSpecialtyCodes: asTextArray(row.required_specialty_codes),
    shiftPattern: row.shift_pattern,
    eligibleStaffIds: asTextArray(row.eligible_staff_ids),
    rulesOverrides: row.rules_overrides,
    isActive: row.is_active === true,
    updatedAt: asTimestamp(row.updated_at),
  });
}

export function asDayType(value: unknown): RosterDayType {
  const dayType = rosterDayTypes.find((candidate) => candidate === value);
  if (!dayType) {
    throw new Error(`Unknown roster day type ${String(value)}`);
  }
  return dayType;
}
