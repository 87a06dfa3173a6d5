import type { CareLevel, Establishment, EstablishmentType } from '@tansiq/domain';

export interface ServiceRow {
  key: string;
  specialtyCode: string;
  beds: number | '';
}

export interface EquipmentRow {
  key: string;
  equipmentCode: string;
  quantity: number | '';
}

/** What the establishment form edits: text as typed, converted to the domain input only when validated. */
export interface EstablishmentFormValues {
  code: string;
  nameFr: string;
  nameAr: string;
  type: EstablishmentType | '';
  level: CareLevel | '';
  status: 'active' | 'planned';
  provinceCode: string;
  communeCode: string;
  lon: string;
  lat: string;
  address: string;
  phone: string;
  openingHours: string;
  services: ServiceRow[];
  equipment: EquipmentRow[];
}

let lastRowKey = 0;
/** A stable React key for a new editor row. */
export const newRowKey = (): string => `row-${++lastRowKey}`;

export const emptyFormValues = (): EstablishmentFormValues => ({
  code: '',
  nameFr: '',
  nameAr: '',
  type: '',
  level: '',
  status: 'active',
  provinceCode: '',
  communeCode: '',
  lon: '',
  lat: '',
  address: '',
  phone: '',
  openingHours: '',
  services: [],
  equipment: [],
});

/** The form filled with a registered establishment (a closed one keeps "active" here; closing has its own action). */
export function toFormValues(establishment: Establishment): EstablishmentFormValues {
  return {
    code: establishment.code,
    nameFr: establishment.nameFr,
    nameAr: establishment.nameAr ?? '',
    type: establishment.type,
    level: establishment.level,
    status: establishment.status === 'planned' ? 'planned' : 'active',
    provinceCode: establishment.province.code,
    communeCode: establishment.commune?.code ?? '',
    lon: String(establishment.lon),
    lat: String(establishment.lat),
    address: establishment.address ?? '',
    phone: establishment.phone ?? '',
    openingHours: establishment.openingHours ?? '',
    services: establishment.services.map((service) => ({ key: newRowKey(), ...service })),
    equipment: establishment.equipment.map((item) => ({ key: newRowKey(), ...item })),
  };
}

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value);
const blankToUndefined = <T extends string>(value: T | ''): T | undefined => (value === '' ? undefined : value);
const optionalNumber = (value: number | ''): number | undefined => (value === '' ? undefined : value);

/** A coordinate as typed: empty → missing, "35,7" or "35.7" → number, anything else left as text for the schema. */
function toCoordinate(value: string): number | string | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') {
    return undefined;
  }
  return Number.isFinite(Number(trimmed)) ? Number(trimmed) : value;
}

/** The domain-shaped candidate (not yet validated) built from the form, without the code. */
export function toEstablishmentCandidate(values: EstablishmentFormValues): Record<string, unknown> {
  return {
    nameFr: values.nameFr,
    nameAr: blankToNull(values.nameAr),
    type: blankToUndefined(values.type),
    level: blankToUndefined(values.level),
    status: values.status,
    provinceCode: blankToUndefined(values.provinceCode),
    communeCode: blankToNull(values.communeCode),
    lon: toCoordinate(values.lon),
    lat: toCoordinate(values.lat),
    address: blankToNull(values.address),
    phone: blankToNull(values.phone),
    openingHours: blankToNull(values.openingHours),
    services: values.services.map((row) => ({ specialtyCode: row.specialtyCode, beds: optionalNumber(row.beds) })),
    equipment: values.equipment.map((row) => ({
      equipmentCode: row.equipmentCode,
      quantity: optionalNumber(row.quantity),
    })),
  };
}

/** Only the fields that differ from the original, so an establishment admin's save never touches identity fields. */
export function changedFields(
  candidate: Record<string, unknown>,
  original: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(candidate).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(original[field])),
  );
}
