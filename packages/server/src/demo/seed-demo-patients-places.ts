// Where the demo patients of each commune are registered and seen: the commune's primary care centres (ESSP), or the
// nearest hospital when the commune has none; the provincial hospital; the CHU.
import { sql } from 'drizzle-orm';
import { primaryCareTypes, type Commune, type EstablishmentType } from '@tansiq/domain';
import { asText, queryRows, type Db } from '@tansiq/db';

/** True for the primary care types (ESSP): a patient's reference centre is one of them. */
export const isPrimaryCare = (place: DemoPlace): boolean => primaryCareTypes.includes(place.type);

/** A demo establishment, as the seed needs it. */
export interface DemoPlace {
  id: string;
  code: string;
  type: EstablishmentType;
  provinceCode: string;
  communeCode: string | null;
  lon: number;
  lat: number;
}

/** The places of one commune. */
export interface CommunePlaces {
  /** The commune's ESSP, or the nearest general hospital when it has none. */
  homes: readonly DemoPlace[];
  provincial: DemoPlace | undefined;
}

/** The places of every commune of the GST, and the CHU (the GST's single university hospital, when it has one). */
export interface DemoPlaces {
  byCommune: ReadonlyMap<string, CommunePlaces>;
  university: DemoPlace | undefined;
  all: readonly DemoPlace[];
}

const generalHospitalTypes: readonly EstablishmentType[] = ['HP', 'CHP', 'CHR', 'CHU'];
const provincialTypes: readonly EstablishmentType[] = ['CHP', 'CHR'];

/** Squared distance on an equirectangular projection: enough to rank places a few tens of kilometres apart. */
function distance(from: { lon: number; lat: number }, to: { lon: number; lat: number }): number {
  const x = (to.lon - from.lon) * Math.cos((((from.lat + to.lat) / 2) * Math.PI) / 180);
  const y = to.lat - from.lat;
  return x * x + y * y;
}

function nearest(point: { lon: number; lat: number }, places: readonly DemoPlace[]): DemoPlace | undefined {
  let best: DemoPlace | undefined;
  for (const place of places) {
    if (best === undefined || distance(point, place) < distance(point, best)) {
      best = place;
    }
  }
  return best;
}

/** The active demo establishments of a GST (the demo registers patients only at demo establishments). */
async function listDemoPlaces(db: Db, gstId: string): Promise<DemoPlace[]> {
  const rows = await queryRows(
    db,
    sql`select id, code, type, province_code, commune_code, lon, lat from establishments
      where gst_id = ${gstId} and is_demo and status = 'active' order by code`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    code: asText(row.code),
    type: asText(row.type) as EstablishmentType,
    provinceCode: asText(row.province_code),
    communeCode: row.commune_code == null ? null : asText(row.commune_code),
    lon: Number(row.lon),
    lat: Number(row.lat),
  }));
}

/**
 * Maps each commune to the places its demo patients use.
 * @throws Error when the GST has no active demo establishment (seed the demo establishments first).
 */
export async function loadDemoPlaces(db: Db, gstId: string, communes: readonly Commune[]): Promise<DemoPlaces> {
  const all = await listDemoPlaces(db, gstId);
  if (all.length === 0) {
    throw new Error('Seed the demo establishments before the demo patients');
  }
  const hospitals = all.filter((place) => generalHospitalTypes.includes(place.type));
  const provincials = all.filter((place) => provincialTypes.includes(place.type));
  const byCommune = new Map<string, CommunePlaces>();
  for (const commune of communes) {
    const point = { lon: commune.lon ?? 0, lat: commune.lat ?? 0 };
    const essps = all.filter((place) => place.communeCode === commune.code && isPrimaryCare(place));
    const fallback = nearest(point, hospitals.length > 0 ? hospitals : all);
    const provincial =
      provincials.find((place) => place.type === 'CHP' && place.provinceCode === commune.provinceCode) ??
      nearest(point, provincials);
    byCommune.set(commune.code, {
      homes: essps.length > 0 ? essps : fallback ? [fallback] : [],
      provincial,
    });
  }
  return { byCommune, university: all.find((place) => place.type === 'CHU'), all };
}
