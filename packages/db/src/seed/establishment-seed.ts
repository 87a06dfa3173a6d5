import type { EstablishmentState } from '@tansiq/domain';

/**
 * One establishment of the demonstration registry, as the seeders insert it (hospitals from `tta-hospitals.ts`,
 * primary care from `generate-tta-essp.ts`): the recorded state of an establishment, without a closure (the seeder
 * adds one to closed seeds), plus its provenance. `osmId` ("node/…" or "way/…") links back to the OpenStreetMap object
 * the point came from.
 */
export type EstablishmentSeed = Omit<EstablishmentState, 'closedOn' | 'closureReason'> & {
  isGenerated: boolean;
  osmId: string | null;
};
