import { appErrorCodes, type AppErrorCode, type FieldIssue } from '@tansiq/domain';
import { z } from 'zod';

/** The error body every API route sends: `{ error: { code, message, issues } }`. */
const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(
        z.object({
          path: z.array(z.union([z.string(), z.number()])),
          message: z.string(),
          code: z.string().optional(),
        }),
      )
      .optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** Codes the web app knows, plus `network` (no answer) and `invalid_response` (an answer we could not parse). */
export type ApiErrorCode = AppErrorCode | 'network' | 'invalid_response';

const fallbackCodeByStatus: Record<number, AppErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

function isAppErrorCode(code: string): code is AppErrorCode {
  return (appErrorCodes as readonly string[]).includes(code);
}

/** A failed API call, typed: the HTTP status, the server's error code, a message safe to show, and field issues. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[];
  /** Facts sent with the error, e.g. a referral's current status and the actions allowed now (409). */
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    issues: FieldIssue[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.details = details;
  }

  /** Builds the error from a status and whatever body came back (JSON error body, other JSON, text or nothing). */
  static fromResponse(status: number, body: unknown): ApiError {
    const parsed = errorBodySchema.safeParse(body);
    const fallbackCode = fallbackCodeByStatus[status] ?? 'internal';
    if (!parsed.success) {
      return new ApiError(status, fallbackCode, `HTTP ${status}`);
    }
    const { code, message, issues = [], details = {} } = parsed.data.error;
    return new ApiError(status, isAppErrorCode(code) ? code : fallbackCode, message, issues, details);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
