import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '@tansiq/domain';

/** Rows of a CSV file as objects keyed by its header. */
export async function readCsvRecords(path: string): Promise<Record<string, string>[]> {
  const [header = [], ...rows] = parseCsv(await readFile(path, 'utf8'));
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])));
}

export interface TerritoryData {
  regions: { code: string; nameFr: string; nameAr: string; population2024: number; households2024: number }[];
  provinces: {
    code: string;
    regionCode: string;
    parentCode: string | null;
    nameFr: string;
    nameAr: string;
    type: string;
    population2024: number;
    households2024: number;
    communeCount: number;
  }[];
  communes: {
    code: string;
    provinceCode: string;
    regionCode: string;
    nameFr: string;
    nameAr: string;
    type: string;
    population2024: number;
    population2014: number | null;
    households2024: number;
    areaKm2: number | null;
    lon: number | null;
    lat: number | null;
  }[];
}

const toInt = (value: string | undefined): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) {
    throw new Error(`Expected a whole number, got "${value ?? ''}"`);
  }
  return parsed;
};
const toNumberOrNull = (value: string | undefined): number | null =>
  value === undefined || value === '' ? null : Number(value);

/**
 * Reads the HCP / RGPH 2024 reference files shipped in reference-data/morocco (see its SOURCES.md).
 * Commune representative points come from the commune GeoJSON (pole of inaccessibility, ODbL).
 */
export async function readTerritoryData(dir: string): Promise<TerritoryData> {
  const regionRows = await readCsvRecords(join(dir, 'regions_population_rgph2024.csv'));
  const provinceRows = await readCsvRecords(join(dir, 'provinces_population_rgph2024.csv'));
  const communeRows = await readCsvRecords(join(dir, 'tta_communes_population_rgph2024.csv'));
  const communeGeo = JSON.parse(await readFile(join(dir, 'tta_communes.geojson'), 'utf8')) as {
    features: { properties: { hcp_code: string; pt_lon: number; pt_lat: number } }[];
  };
  const points = new Map(communeGeo.features.map((feature) => [feature.properties.hcp_code, feature.properties]));
  return {
    regions: regionRows.map((row) => ({
      code: row.code ?? '',
      nameFr: row.name_fr ?? '',
      nameAr: row.name_ar ?? '',
      population2024: toInt(row.population_2024),
      households2024: toInt(row.households_2024),
    })),
    provinces: provinceRows.map((row) => ({
      code: row.code ?? '',
      regionCode: row.region_code ?? '',
      // A préfecture d'arrondissements (06.141.01.00) is a sub-unit of its préfecture (06.141).
      parentCode: row.type === 'prefecture_of_arrondissements' ? (row.code ?? '').slice(0, 6) : null,
      nameFr: row.name_fr ?? '',
      nameAr: row.name_ar ?? '',
      type: row.type ?? '',
      population2024: toInt(row.population_2024),
      households2024: toInt(row.households_2024),
      communeCount: toInt(row.communes),
    })),
    communes: communeRows.map((row) => {
      const point = points.get(row.code ?? '');
      return {
        code: row.code ?? '',
        provinceCode: row.province_code ?? '',
        regionCode: row.region_code ?? '',
        nameFr: row.name_fr ?? '',
        nameAr: row.name_ar ?? '',
        type: row.type ?? '',
        population2024: toInt(row.population_2024),
        population2014: toNumberOrNull(row.population_2014),
        households2024: toInt(row.households_2024),
        areaKm2: toNumberOrNull(row.area_km2),
        lon: point?.pt_lon ?? null,
        lat: point?.pt_lat ?? null,
      };
    }),
  };
}
