import { createHash } from 'node:crypto';
import { conflict, validationFailed } from '@tansiq/domain';
import { completeStoredResponse, findStoredResponse, storeResponse, type Db, type Tx } from '@tansiq/db';

/** An idempotency key as sent by clients: 8 to 100 letters, digits, dashes or underscores (a UUID fits). */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') {
    return undefined;
  }
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(value)) {
    throw validationFailed('The Idempotency-Key header is not valid', [
      { path: ['Idempotency-Key'], message: 'Use 8 to 100 letters, digits, "-" or "_" (a UUID)' },
    ]);
  }
  return value;
}

/**
 * Runs a write at most once per (user, key): a retry with the same key and body gets the first response back, a reused
 * key with another body is a conflict. The key is reserved at the start of the write's transaction, so a concurrent
 * retry waits for the first and then replays its response instead of writing twice.
 * @throws AppError conflict when the key was used for another request.
 */
export async function runOnce<Result>(
  db: Db,
  idempotency: { userId: string; key: string | undefined; operation: string; body: unknown },
  write: (tx: Tx) => Promise<Result>,
): Promise<Result> {
  const { key, userId, operation } = idempotency;
  if (key === undefined) {
    return db.transaction(write);
  }
  const fingerprint = createHash('sha256').update(JSON.stringify(idempotency.body)).digest('hex');
  const replay = (stored: { operation: string; fingerprint: string; response: unknown }): Result => {
    if (stored.operation !== operation || stored.fingerprint !== fingerprint) {
      throw conflict('This idempotency key was already used for another request');
    }
    return stored.response as Result;
  };
  const earlier = await findStoredResponse(db, userId, key);
  if (earlier) {
    return replay(earlier);
  }
  let replayed = false;
  const result = await db
    .transaction(async (tx) => {
      const reserved = await storeResponse(tx, userId, key, { operation, fingerprint, statusCode: 0, response: {} });
      if (!reserved) {
        replayed = true;
        throw new ReplayNeeded();
      }
      const written = await write(tx);
      await completeStoredResponse(tx, userId, key, written);
      return written;
    })
    .catch((error: unknown) => {
      if (error instanceof ReplayNeeded) {
        return undefined;
      }
      throw error;
    });
  if (!replayed) {
    return result as Result;
  }
  const stored = await findStoredResponse(db, userId, key);
  if (!stored) {
    throw conflict('A request with this idempotency key is still running; try again');
  }
  return replay(stored);
}

class ReplayNeeded extends Error {}
