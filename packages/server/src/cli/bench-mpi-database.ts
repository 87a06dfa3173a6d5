// The database of `npm run bench:mpi`: a database of its own on the PostgreSQL server of DATABASE_URL (created, then
// dropped), or else an embedded PGlite in a temporary directory under /tmp (removed). Never the database it points at.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '@tansiq/db';
import { loadConfig } from '../config';
import { prepareDatabase } from '../prepare-database';

/** The bench's database: two handles (two connections on a server; one PGlite shared), and how to drop it. */
export interface BenchDatabase {
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for the output. */
  description: string;
  handle: DatabaseHandle;
  /** A second, separate connection for the second client (the same handle on PGlite, which has one). */
  secondHandle: DatabaseHandle;
  dispose(): Promise<void>;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Opens and prepares (migrations, territory, GSTs; no demo) the bench database. */
export async function openBenchDatabase(referenceDataDir: string): Promise<BenchDatabase> {
  const config = loadConfig();
  if (config.database.kind === 'postgres') {
    const serverUrl = config.database.url;
    const name = `tansiq_bench_mpi_${Date.now()}`;
    await onServer(serverUrl, `create database ${name}`);
    const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
    const handle = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
    await prepareDatabase(handle, { referenceDataDir, demoMode: false });
    const secondHandle = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
    const host = new URL(serverUrl).host;
    return {
      kind: 'postgres',
      description: `PostgreSQL server at ${host}, database ${name} (dropped at the end)`,
      handle,
      secondHandle,
      async dispose() {
        await secondHandle.close();
        await handle.close();
        await onServer(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'tansiq-bench-mpi-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: resolve(dataDir, 'pglite') });
  await prepareDatabase(handle, { referenceDataDir, demoMode: false });
  return {
    kind: 'pglite',
    description: `embedded PGlite in ${dataDir} (removed at the end)`,
    handle,
    secondHandle: handle,
    async dispose() {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
