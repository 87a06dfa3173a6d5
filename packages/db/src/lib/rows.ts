import type { SQL } from 'drizzle-orm';
import type { Executor } from '../client';

/**
 * Runs raw SQL and returns its rows. PGlite and node-postgres both answer `{ rows }`; the caller maps each row to a
 * domain type (no untyped row leaves `db`).
 */
export async function queryRows(executor: Executor, query: SQL): Promise<Record<string, unknown>[]> {
  const result: unknown = await executor.execute(query);
  return (result as { rows: Record<string, unknown>[] }).rows;
}

/**
 * A JSON column (a `json_agg`, a `json_build_object`, a jsonb): PGlite and node-postgres may hand it over parsed or as
 * text. Null stays null unless a fallback is given (an empty list for an aggregate over no rows).
 */
export function jsonColumn<T>(value: unknown, fallback: T): T;
export function jsonColumn<T>(value: unknown): T | null;
export function jsonColumn<T>(value: unknown, fallback: T | null = null): T | null {
  if (value == null) {
    return fallback;
  }
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A text column of a raw row (ids, codes, names); numbers are accepted and printed. */
export function asText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return value.toString();
  }
  throw new Error(`Expected a text column, got ${typeof value}`);
}

export const asTextOrNull = (value: unknown): string | null => (value == null ? null : asText(value));

/** Timestamps come back as Date from both drivers; the API speaks ISO strings. */
export const toIso = (value: Date | string): string =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

export const toIsoOrNull = (value: Date | string | null): string | null => (value == null ? null : toIso(value));
