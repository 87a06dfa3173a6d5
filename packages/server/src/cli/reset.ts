// `npm run db:reset -- --yes`: deletes every table of Tansiq's database, then migrates again. Development only.
import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { acquireDataDirLock, openDatabase } from '@tansiq/db';
import { loadConfig } from '../config';
import { prepareDatabase } from '../prepare-database';

if (!process.argv.includes('--yes')) {
  console.error('This deletes all data. Run again with --yes: npm run db:reset -- --yes');
  process.exit(1);
}
const config = loadConfig();
if (config.database.kind === 'pglite' && config.database.dataDir) {
  // Take the lock first: never delete the files of a database a running server has open.
  const release = await acquireDataDirLock(config.database.dataDir);
  await rm(config.database.dataDir, { recursive: true, force: true });
  release();
  console.log(`Deleted ${config.database.dataDir}`);
} else if (config.database.kind === 'postgres') {
  const handle = await openDatabase(config.database);
  await handle.db.execute(sql`drop schema if exists public cascade`);
  await handle.db.execute(sql`drop schema if exists pgboss cascade`);
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  await handle.db.execute(sql`create schema public`);
  await handle.close();
  console.log('Dropped schemas public, pgboss and drizzle');
}
const handle = await openDatabase(config.database);
try {
  await prepareDatabase(handle, { referenceDataDir: config.referenceDataDir, demoMode: config.demoMode });
  console.log('Database recreated');
} finally {
  await handle.close();
}
