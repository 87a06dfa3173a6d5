import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { asText, queryRows } from '../lib/rows';

/** The first response given to a retried write. */
export interface StoredResponse {
  operation: string;
  fingerprint: string;
  statusCode: number;
  response: unknown;
}

/**
 * The response stored under a user's idempotency key; `forUpdate` locks it so two concurrent retries wait for each
 * other instead of both writing.
 */
export async function findStoredResponse(
  executor: Executor,
  userId: string,
  key: string,
): Promise<StoredResponse | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select operation, fingerprint, status_code, response from idempotency_keys
      where user_id = ${userId} and key = ${key}`,
  );
  if (!row) {
    return undefined;
  }
  return {
    operation: asText(row.operation),
    fingerprint: asText(row.fingerprint),
    statusCode: Number(row.status_code),
    response: typeof row.response === 'string' ? (JSON.parse(row.response) as unknown) : row.response,
  };
}

/**
 * Stores the response of a write under its idempotency key, in the write's transaction; returns false when a
 * concurrent request with the same key stored first (the caller's transaction must then roll back).
 */
export async function storeResponse(
  executor: Executor,
  userId: string,
  key: string,
  stored: StoredResponse,
): Promise<boolean> {
  const rows = await queryRows(
    executor,
    sql`insert into idempotency_keys (user_id, key, operation, fingerprint, status_code, response)
      values (${userId}, ${key}, ${stored.operation}, ${stored.fingerprint}, ${stored.statusCode},
        ${JSON.stringify(stored.response)}::jsonb)
      on conflict do nothing returning key`,
  );
  return rows.length === 1;
}

/** Fills in the response of a key reserved at the start of the write (same transaction). */
export async function completeStoredResponse(
  executor: Executor,
  userId: string,
  key: string,
  response: unknown,
): Promise<void> {
  await executor.execute(
    sql`update idempotency_keys set status_code = 200, response = ${JSON.stringify(response)}::jsonb
      where user_id = ${userId} and key = ${key}`,
  );
}
