import { PGlite } from '@electric-sql/pglite';
import { intarray } from '@electric-sql/pglite/contrib/intarray';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index';
import { acquireDataDirLock } from './lib/data-dir-lock';
import { connectionMaxUses, PreparingClient } from './lib/prepared-statements';

/** The database as the rest of the code sees it: one Drizzle type for PGlite and for a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction; every write function takes one so the caller owns the transaction (STYLE.md §7). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database or a transaction. */
export type Executor = Db | Tx;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Plain parameterised SQL, for pg-boss's `executeSql` hook. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Opens the embedded PGlite (persisted under dataDir, or in memory when null) or a PostgreSQL server. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      Client: PreparingClient,
      maxUses: connectionMaxUses,
    });
    // An idle connection that the server ends (a restart, a dropped database) is discarded by the pool; without a
    // listener its error would end the process.
    pool.on('error', (error) => console.error(`PostgreSQL closed an idle connection: ${error.message}`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      executeSql: async (text, values) => {
        const result = await pool.query(text, values);
        return { rows: result.rows };
      },
      close: () => pool.end(),
    };
  }
  const releaseLock = options.dataDir ? await acquireDataDirLock(options.dataDir) : () => undefined;
  try {
    // intarray sorts the delays of the referral indicators (migration `intarray-extension`, ADR 0017).
    const extensions = { intarray };
    const client = options.loadDataDir
      ? await PGlite.create({ loadDataDir: options.loadDataDir, extensions })
      : await PGlite.create({ dataDir: options.dataDir ?? undefined, extensions });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      executeSql: async (text, values) => {
        // pg-boss sends multi-statement scripts without parameters; only the simple protocol (exec) accepts those.
        if (!values || values.length === 0) {
          const results = await client.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        }
        const result = await client.query(text, values);
        return { rows: result.rows };
      },
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Applies the committed SQL migrations that have not run yet (forward only). */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder });
  } else {
    await migratePg(handle.db as never, { migrationsFolder });
  }
}

/** Writes a PGlite database to a tarball (used to clone a migrated template per test file). */
export async function dumpPglite(handle: DatabaseHandle): Promise<Blob> {
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}
