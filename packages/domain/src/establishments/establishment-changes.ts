import type { FieldChange } from './establishment';
import type { CareLevel, EstablishmentStatus, EstablishmentType } from './establishment-types';

/** The recorded state of an establishment: what its history compares version to version. */
export interface EstablishmentState {
  code: string;
  nameFr: string;
  nameAr: string | null;
  type: EstablishmentType;
  level: CareLevel;
  provinceCode: string;
  communeCode: string | null;
  lon: number;
  lat: number;
  address: string | null;
  phone: string | null;
  status: EstablishmentStatus;
  openingHours: string | null;
  services: { specialtyCode: string; beds: number }[];
  equipment: { equipmentCode: string; quantity: number }[];
  closedOn: string | null;
  closureReason: string | null;
}

export const establishmentStateFields = [
  'code',
  'nameFr',
  'nameAr',
  'type',
  'level',
  'provinceCode',
  'communeCode',
  'lon',
  'lat',
  'address',
  'phone',
  'status',
  'openingHours',
  'services',
  'equipment',
  'closedOn',
  'closureReason',
] as const satisfies readonly (keyof EstablishmentState)[];

const sortedServices = (services: EstablishmentState['services']) =>
  [...services].sort((a, b) => a.specialtyCode.localeCompare(b.specialtyCode));
const sortedEquipment = (equipment: EstablishmentState['equipment']) =>
  [...equipment].sort((a, b) => a.equipmentCode.localeCompare(b.equipmentCode));

/** Puts lists in a stable order so that reordering services is not recorded as a change. */
export function normaliseEstablishmentState(state: EstablishmentState): EstablishmentState {
  return { ...state, services: sortedServices(state.services), equipment: sortedEquipment(state.equipment) };
}

/** The fields that differ between two states, with their values before and after; `before` null means creation. */
export function diffEstablishmentStates(before: EstablishmentState | null, after: EstablishmentState): FieldChange[] {
  const next = normaliseEstablishmentState(after);
  const previous = before ? normaliseEstablishmentState(before) : null;
  const changes: FieldChange[] = [];
  for (const field of establishmentStateFields) {
    const beforeValue = previous ? previous[field] : null;
    const afterValue = next[field];
    if (JSON.stringify(beforeValue) !== JSON.stringify(afterValue)) {
      if (previous !== null || (afterValue !== null && !(Array.isArray(afterValue) && afterValue.length === 0))) {
        changes.push({ field, before: beforeValue, after: afterValue });
      }
    }
  }
  return changes;
}

/** Total beds: the sum of beds over services. */
export const totalBeds = (services: EstablishmentState['services']): number =>
  services.reduce((sum, service) => sum + service.beds, 0);
