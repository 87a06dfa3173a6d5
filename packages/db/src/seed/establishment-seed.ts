import type { CareLevel, EstablishmentStatus, EstablishmentType } from '@tansiq/domain';

/**
 * One establishment of the demonstration registry, as the seeders insert it (hospitals from `tta-hospitals.ts`,
 * primary care from `generate-tta-essp.ts`). Coordinates are WGS84; `communeCode` is the HCP code of the commune
 * that contains the point; `osmId` ("node/…" or "way/…") links back to the OpenStreetMap object the point came from.
 */
export interface EstablishmentSeed {
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
  services: { specialtyCode: string; beds: number }[];
  equipment: { equipmentCode: string; quantity: number }[];
  openingHours: string | null;
  isGenerated: boolean;
  osmId: string | null;
}
