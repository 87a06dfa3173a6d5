import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AppError,
  appErrorCodes,
  conflict,
  forbidden,
  httpStatusByCode,
  isAppError,
  notFound,
  outOfScope,
  rateLimited,
  unauthenticated,
  validationFailed,
} from './app-error';
import { parse } from './parse';

describe('httpStatusByCode', () => {
  it.each([
    { code: 'validation_failed', status: 400 },
    { code: 'unauthenticated', status: 401 },
    { code: 'forbidden', status: 403 },
    { code: 'not_found', status: 404 },
    { code: 'conflict', status: 409 },
    { code: 'payload_too_large', status: 413 },
    { code: 'unsupported_media_type', status: 415 },
    { code: 'unprocessable', status: 422 },
    { code: 'rate_limited', status: 429 },
    { code: 'internal', status: 500 },
  ] as const)('maps $code to $status', ({ code, status }) => {
    expect(httpStatusByCode[code]).toBe(status);
  });

  it('maps every error code and nothing else', () => {
    expect(Object.keys(httpStatusByCode).sort()).toEqual([...appErrorCodes].sort());
  });
});

describe('error constructors', () => {
  it.each([
    { name: 'validationFailed', error: validationFailed('Bad input'), code: 'validation_failed', denied: false },
    { name: 'unauthenticated', error: unauthenticated(), code: 'unauthenticated', denied: false },
    { name: 'forbidden', error: forbidden(), code: 'forbidden', denied: true },
    { name: 'notFound', error: notFound('Establishment'), code: 'not_found', denied: false },
    { name: 'outOfScope', error: outOfScope('Establishment'), code: 'not_found', denied: true },
    { name: 'conflict', error: conflict('Edited by someone else'), code: 'conflict', denied: false },
    { name: 'rateLimited', error: rateLimited(), code: 'rate_limited', denied: false },
  ])('$name makes a $code error, audited as denied: $denied', ({ error, code, denied }) => {
    expect(error).toBeInstanceOf(AppError);
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'AppError', code, denied });
  });

  it('answers an out-of-scope record exactly like a missing one, apart from the audit flag', () => {
    const missing = notFound('Establishment');
    const hidden = outOfScope('Establishment');
    expect([hidden.code, hidden.message, hidden.issues]).toEqual([missing.code, missing.message, missing.issues]);
    expect(hidden.message).toBe('Establishment not found');
  });

  it.each([
    { name: 'a plain Error', value: new Error('x') },
    { name: 'an object shaped like an AppError', value: { name: 'AppError', code: 'forbidden', message: 'x' } },
    { name: 'undefined', value: undefined },
  ])('does not take $name for an AppError', ({ value }) => {
    expect(isAppError(value)).toBe(false);
  });

  it('keeps the cause', () => {
    const cause = new Error('socket closed');
    expect(new AppError('internal', 'Something went wrong', { cause }).cause).toBe(cause);
  });
});

describe('parse', () => {
  const schema = z.strictObject({
    name: z.string().trim().min(2),
    services: z.array(z.strictObject({ beds: z.number().int().min(0) })),
  });

  it('returns the parsed value when the input is valid', () => {
    expect(parse(schema, { name: ' CSR ', services: [{ beds: 2 }] })).toEqual({ name: 'CSR', services: [{ beds: 2 }] });
  });

  it('throws validation_failed with the path of every problem', () => {
    let thrown: unknown;
    try {
      parse(schema, { name: 'x', services: [{ beds: 1 }, { beds: -1 }], extra: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const error = thrown as AppError;
    expect(error.code).toBe('validation_failed');
    expect(error.denied).toBe(false);
    expect(httpStatusByCode[error.code]).toBe(400);
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([['name'], ['services', 1, 'beds'], []]),
    );
    expect(error.issues).toHaveLength(3);
    expect(error.issues.every((issue) => issue.message.length > 0 && issue.code !== undefined)).toBe(true);
  });

  it.each([
    { name: 'null', input: null },
    { name: 'a string', input: 'CSR' },
    { name: 'an array', input: [] },
  ])('rejects $name as a whole, at the empty path', ({ input }) => {
    expect(() => parse(schema, input)).toThrow(
      expect.objectContaining({ code: 'validation_failed', issues: [expect.objectContaining({ path: [] })] }),
    );
  });
});
