import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { importTerritory, queryRows, readTerritoryData, type DatabaseHandle, type TerritoryData } from '@tansiq/db';
import { openTestDatabase } from '../testing/test-database';

const referenceDataDir = resolve(import.meta.dirname, '../../../../reference-data/morocco');

let handle: DatabaseHandle;
let data: TerritoryData;

beforeAll(async () => {
  handle = await openTestDatabase();
  data = await readTerritoryData(referenceDataDir);
});

afterAll(async () => {
  await handle.close();
});

async function count(table: 'regions' | 'provinces' | 'communes'): Promise<number> {
  const [row] = await queryRows(handle.db, sql`select count(*)::int as total from ${sql.identifier(table)}`);
  return Number(row?.total);
}

describe('importTerritory', () => {
  it('reads 12 regions, 83 provinces and prefectures and the 146 TTA communes from the reference files', () => {
    expect(data.regions).toHaveLength(12);
    expect(data.provinces).toHaveLength(83);
    expect(data.communes).toHaveLength(146);
  });

  it('changes nothing when run again on an imported database', async () => {
    const report = await handle.db.transaction((tx) => importTerritory(tx, data));
    expect(Object.keys(report).sort()).toEqual(['communes', 'equipmentTypes', 'provinces', 'regions', 'specialties']);
    for (const [table, counts] of Object.entries(report)) {
      expect(counts, table).toEqual({ inserted: 0, updated: 0 });
    }
    expect(await count('regions')).toBe(12);
    expect(await count('provinces')).toBe(83);
    expect(await count('communes')).toBe(146);
  });

  it('reports one update when one row differs, and restores it', async () => {
    const changed: TerritoryData = {
      ...data,
      regions: data.regions.map((region) =>
        region.code === '01' ? { ...region, population2024: region.population2024 + 1 } : region,
      ),
    };
    // Rolled back whatever happens, so the database the other test files may share is left as it was.
    const rollback = new Error('rollback');
    let report: Record<string, { inserted: number; updated: number }> | undefined;
    await expect(
      handle.db.transaction(async (tx) => {
        report = await importTerritory(tx, changed);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(report?.regions).toEqual({ inserted: 0, updated: 1 });
    expect(report?.provinces).toEqual({ inserted: 0, updated: 0 });
    const [region] = await queryRows(handle.db, sql`select population_2024 from regions where code = '01'`);
    expect(Number(region?.population_2024)).toBe(4_030_222);
  });
});
