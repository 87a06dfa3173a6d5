import { importTerritory, migrateDatabase, readTerritoryData, seedGsts, type DatabaseHandle } from '@tansiq/db';
import { seedDemo } from './demo/seed-demo';

export interface PreparationReport {
  territory: Record<string, { inserted: number; updated: number }>;
  gstsCreated: number;
  demo: { seeded: boolean; establishments: number; users: number } | null;
}

/**
 * Brings a database to a working state: migrations, the territory reference data (idempotent), one GST per region,
 * and — in demo mode only — the TTA demonstration data on first run.
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  options: { referenceDataDir: string; demoMode: boolean },
): Promise<PreparationReport> {
  await migrateDatabase(handle);
  const data = await readTerritoryData(options.referenceDataDir);
  const { territory, gstsCreated } = await handle.db.transaction(async (tx) => ({
    territory: await importTerritory(tx, data),
    gstsCreated: await seedGsts(tx),
  }));
  const demo = options.demoMode ? await seedDemo(handle.db, options.referenceDataDir) : null;
  return { territory, gstsCreated, demo };
}
