import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv, type PolygonalGeometry } from '@tansiq/domain';

/**
 * Readers for the shipped Morocco reference files (reference-data/morocco/, see its SOURCES.md).
 * These files are ODbL / CC BY data, so they are read at seed time and never copied into the operational tables.
 */

/** One commune of Tanger-Tétouan-Al Hoceima from `tta_communes.geojson` (HCP codes and RGPH 2024 population). */
export interface TtaCommune {
  code: string;
  nameFr: string;
  nameAr: string;
  type: 'urban' | 'rural';
  provinceCode: string;
  population2024: number;
  geometry: PolygonalGeometry;
  /** An interior point (pole of inaccessibility), not a population centre. */
  ptLon: number;
  ptLat: number;
}

/** One OpenStreetMap health point from `health_facilities_osm_healthsites_2020.csv` (2020 vintage, not an official list). */
export interface OsmFacility {
  osmId: string;
  category: string;
  name: string;
  lon: number;
  lat: number;
  provinceCode: string;
  regionCode: string;
}

export const TTA_COMMUNES_FILE = 'tta_communes.geojson';
export const OSM_FACILITIES_FILE = 'health_facilities_osm_healthsites_2020.csv';

const positionSchema = z.array(z.number()).min(2);
const ringSchema = z.array(positionSchema).min(4);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringSchema).min(1)).min(1) }),
]);

const communeFeatureSchema = z.object({
  properties: z.object({
    hcp_code: z.string().regex(/^01\.\d{3}\.\d{2}\.\d{1,2}$/),
    name_fr: z.string().min(1),
    name_ar: z.string().min(1),
    type: z.enum(['urban', 'rural']),
    province_code: z.string().regex(/^01\.\d{3}$/),
    population_2024: z.number().int().nonnegative(),
    pt_lon: z.number(),
    pt_lat: z.number(),
  }),
  geometry: geometrySchema,
});

const communesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(communeFeatureSchema).min(1),
});

const numberCell = z.string().trim().min(1).transform(Number).pipe(z.number());

const osmRowSchema = z.object({
  // healthsites.io gave a few objects negative (never uploaded) ids, e.g. "way/-6695312".
  osm_id: z.string().regex(/^(node|way|relation)\/-?\d+$/),
  category: z.string().min(1),
  name: z.string(),
  lon: numberCell,
  lat: numberCell,
  province_hcp_code: z.string().regex(/^\d{2}\.\d{3}$/),
  region_code: z.string().regex(/^\d{2}$/),
});

/** Parses with a schema and names the file in the error, since these files are edited by hand upstream. */
function parseReference<Schema extends z.ZodType>(schema: Schema, value: unknown, where: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${where} is not valid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Reads the 146 TTA communes with their boundaries from `dir`. @throws Error when the file does not match the expected shape. */
export function readTtaCommunes(dir: string): TtaCommune[] {
  const path = join(dir, TTA_COMMUNES_FILE);
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const file = parseReference(communesFileSchema, json, path);
  return file.features.map(({ properties, geometry }) => ({
    code: properties.hcp_code,
    nameFr: properties.name_fr,
    nameAr: properties.name_ar,
    type: properties.type,
    provinceCode: properties.province_code,
    population2024: properties.population_2024,
    geometry,
    ptLon: properties.pt_lon,
    ptLat: properties.pt_lat,
  }));
}

/**
 * Reads the OSM health points from `dir`, optionally only those of one region (HCP code, e.g. '01').
 * @throws Error when a required column is missing or a row does not parse.
 */
export function readOsmFacilities(dir: string, regionCode?: string): OsmFacility[] {
  const path = join(dir, OSM_FACILITIES_FILE);
  const [header = [], ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const facilities = rows.map((cells, rowIndex) => {
    const record = Object.fromEntries(header.map((column, columnIndex) => [column, cells[columnIndex] ?? '']));
    // Row numbers are 1-based and count the header, as a spreadsheet shows them.
    const row = parseReference(osmRowSchema, record, `${path} row ${rowIndex + 2}`);
    return {
      osmId: row.osm_id,
      category: row.category,
      name: row.name.trim(),
      lon: row.lon,
      lat: row.lat,
      provinceCode: row.province_hcp_code,
      regionCode: row.region_code,
    };
  });
  return regionCode === undefined ? facilities : facilities.filter((facility) => facility.regionCode === regionCode);
}
