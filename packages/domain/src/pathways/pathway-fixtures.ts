import type { PathwayEstablishment, PathwayOriginRow } from './pathway-map';

/** A small synthetic GST for the pathway tests: ids are readable UUIDs, places around Tétouan. */
const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

function place(
  n: number,
  type: PathwayEstablishment['type'],
  lon: number,
  lat: number,
  specialtyCodes: string[],
  overrides: Partial<PathwayEstablishment> = {},
): PathwayEstablishment {
  const level =
    type === 'CHR' || type === 'CHU' ? 'tertiary' : type === 'HP' || type === 'CHP' ? 'secondary' : 'primary';
  return {
    id: id(n),
    code: `T-${n}`,
    nameFr: `${type} ${n}`,
    nameAr: null,
    type,
    level,
    status: 'active',
    provinceCode: '01.571',
    lon,
    lat,
    specialtyCodes,
    ...overrides,
  };
}

export const csrNear = place(1, 'CSR-1', -5.36, 35.57, ['general_medicine']);
export const csuFar = place(2, 'CSU-2', -5.9, 35.75, ['general_medicine', 'paediatrics']);
export const hp = place(3, 'HP', -5.365, 35.565, ['paediatrics', 'general_medicine']);
export const chp = place(4, 'CHP', -5.37, 35.58, ['paediatrics', 'cardiology']);
export const chr = place(5, 'CHR', -5.83, 35.77, ['paediatrics', 'cardiology']);
export const chu = place(6, 'CHU', -5.92, 35.68, ['paediatrics', 'cardiology']);
export const closedChp = place(7, 'CHP', -5.35, 35.56, ['paediatrics'], { status: 'closed' });
export const clinic = place(8, 'CPC', -5.36, 35.571, ['paediatrics', 'cardiology'], { level: 'secondary' });
export const plannedCsr = place(9, 'CSR-2', -5.3, 35.5, [], { status: 'planned' });

export const pathwayEstablishments: PathwayEstablishment[] = [
  csrNear,
  csuFar,
  hp,
  chp,
  chr,
  chu,
  closedChp,
  clinic,
  plannedCsr,
];

export const originRow = (
  origin: PathwayEstablishment,
  destinations: PathwayEstablishment[],
  overrides: Partial<PathwayOriginRow> = {},
): PathwayOriginRow => ({
  originEstablishmentId: origin.id,
  maxDelayRoutineDays: 30,
  maxDelayUrgentDays: 3,
  maxDelayEmergencyHours: 6,
  teleexpertiseFirst: false,
  returnEstablishmentId: origin.id,
  destinationIds: destinations.map((destination) => destination.id),
  ...overrides,
});
