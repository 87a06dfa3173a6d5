import { canViewOverview, ratePer10k, type Actor, type RegionOverview } from '@tansiq/domain';
import { countEstablishmentsByType, findGstById, findRegion, listProvinceOverview, type Db } from '@tansiq/db';

/** The carte sanitaire at a glance: population, establishments and beds per 10,000 inhabitants, by province. */
export async function getRegionOverview(db: Db, actor: Actor, gstId: string): Promise<RegionOverview | undefined> {
  const gst = await findGstById(db, gstId);
  if (!gst || !canViewOverview(actor, gst.id)) {
    return undefined;
  }
  const region = await findRegion(db, gst.regionCode);
  if (!region) {
    return undefined;
  }
  const provinces = await listProvinceOverview(db, gst.id, gst.regionCode);
  const counts = await countEstablishmentsByType(db, gst.id);
  const sum = (pick: (row: (typeof provinces)[number]) => number) =>
    provinces.reduce((total, row) => total + pick(row), 0);
  const population = region.population2024;
  const per10k = (value: number) => ratePer10k(value, population);
  const establishments = sum((row) => row.establishments);
  const primaryCare = sum((row) => row.primaryCare);
  const beds = sum((row) => row.beds);
  return {
    gst,
    region,
    provinces,
    totals: {
      population2024: population,
      establishments,
      primaryCare,
      hospitals: sum((row) => row.hospitals),
      beds,
      establishmentsPer10k: per10k(establishments),
      primaryCarePer10k: per10k(primaryCare),
      bedsPer10k: per10k(beds),
    },
    byType: counts.byType,
    demo: { generated: counts.generated, demo: counts.demo },
  };
}
