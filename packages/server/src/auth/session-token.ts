import { createHash, randomBytes } from 'node:crypto';

export const sessionCookieName = 'tansiq_session';

/** A fresh random token (256 bits, base64url). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Only the hash is stored, so a read of the sessions table does not yield usable cookies. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
