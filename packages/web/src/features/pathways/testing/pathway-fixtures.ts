import type { PathwayEstablishmentRef, PathwayFlows, PathwayMap, PathwayOrigin } from '@tansiq/domain';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export const ref = (
  n: number,
  type: PathwayEstablishmentRef['type'],
  nameFr: string,
  provinceCode = '01.571',
): PathwayEstablishmentRef => ({
  id: id(n),
  code: `T-${n}`,
  nameFr,
  nameAr: null,
  type,
  status: 'active',
  provinceCode,
});

export const centre = ref(1, 'CSR-1', 'CSR Bni Karrich');
export const townCentre = ref(2, 'CSU-1', 'CSU Tanger Médina', '01.511');
export const proximityHospital = ref(3, 'HP', 'HP Assilah', '01.511');
export const provincialHospital = ref(4, 'CHP', 'CHP Saniat Rmel');
export const regionalHospital = ref(5, 'CHR', 'CHR Mohammed V', '01.511');

const origin = (from: PathwayEstablishmentRef, destinations: PathwayEstablishmentRef[]): PathwayOrigin => ({
  origin: from,
  maxDelayRoutineDays: 30,
  maxDelayUrgentDays: 3,
  maxDelayEmergencyHours: 6,
  teleexpertiseFirst: false,
  returnEstablishment: from,
  destinations: destinations.map((establishment, index) => ({ rank: index + 1, establishment })),
});

/** A draft paediatrics map of two centres, with one issue on the town centre. */
export const draftMap: PathwayMap = {
  id: id(100),
  gstId: id(200),
  specialtyCode: 'paediatrics',
  version: 2,
  revision: 5,
  status: 'draft',
  effectiveFrom: null,
  notes: null,
  originCount: 2,
  createdAt: '2026-12-01T10:00:00.000Z',
  publishedAt: null,
  inForce: false,
  origins: [origin(centre, [provincialHospital, regionalHospital]), origin(townCentre, [proximityHospital])],
  issues: [
    {
      code: 'destination_lacks_specialty',
      path: ['origins', townCentre.id, 'destinations', 0],
      message: 'The destination does not offer the specialty',
      originEstablishmentId: townCentre.id,
      destinationEstablishmentId: proximityHospital.id,
      origin: townCentre,
      destination: proximityHospital,
    },
  ],
  candidates: [proximityHospital, provincialHospital, regionalHospital],
};

/** A route between two made-up places with its rank and volume. */
export function flowRoute(
  originId: string,
  destinationId: string,
  rank: number | null,
  volume: number,
): PathwayFlows['routes'][number] {
  const end = (endId: string, lon: number) => ({ ...centre, id: endId, lon, lat: 35.5 });
  return { origin: end(originId, -5.9), destination: end(destinationId, -5.4), rank, volume };
}
