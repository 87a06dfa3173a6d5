import type { SQL } from 'drizzle-orm';
import type { Executor } from '../client';

/**
 * Runs raw SQL and returns its rows. PGlite and node-postgres both answer `{ rows }`; the caller maps each row to a
 * domain type (no untyped row leaves `db`).
 */
export async function queryRows(executor: Executor, query: SQL): Promise<Record<string, unknown>[]> {
  const result = (await executor.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  return result.rows;
}

/** Timestamps come back as Date from both drivers; the API speaks ISO strings. */
export const toIso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export const toIsoOrNull = (value: Date | string | null): string | null => (value == null ? null : toIso(value));
