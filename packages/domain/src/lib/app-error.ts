/** The closed set of error codes the platform uses (STYLE.md §5). */
export const appErrorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unprocessable',
  'unsupported_media_type',
  'internal',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

/** One problem with one field of an input; `path` is the field path, e.g. ['services', 2, 'beds'] or ['row', 4, 'lat']. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

/** The one error type of the platform: a message safe to show users, optional field issues, optional cause. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];
  /** True when access was refused (403, or 404 for a record outside the caller's scope): such errors are audited. */
  readonly denied: boolean;
  /** The GST whose data was refused, so that its administrators see the attempt in their audit trail. */
  readonly gstId: string | null;
  /** Facts the client may act on, e.g. a referral's current status and the actions allowed now (409). */
  readonly details: Record<string, unknown> | null;

  constructor(
    code: AppErrorCode,
    message: string,
    options: {
      issues?: FieldIssue[];
      cause?: unknown;
      denied?: boolean;
      gstId?: string | null;
      details?: Record<string, unknown>;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.denied = options.denied ?? code === 'forbidden';
    this.gstId = options.gstId ?? null;
    this.details = options.details ?? null;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export const validationFailed = (message: string, issues: FieldIssue[] = []): AppError =>
  new AppError('validation_failed', message, { issues });
export const unauthenticated = (message = 'Authentication required'): AppError =>
  new AppError('unauthenticated', message);
export const forbidden = (message = 'You are not allowed to do this', gstId: string | null = null): AppError =>
  new AppError('forbidden', message, { gstId });
export const notFound = (entity: string): AppError => new AppError('not_found', `${entity} not found`);
/** A record that exists but lies outside the caller's scope answers exactly like a missing one, and is audited. */
export const outOfScope = (entity: string, gstId: string | null = null): AppError =>
  new AppError('not_found', `${entity} not found`, { denied: true, gstId });
export const conflict = (
  message: string,
  issues: FieldIssue[] = [],
  details: Record<string, unknown> | undefined = undefined,
): AppError => new AppError('conflict', message, { issues, details });
/** A well-formed request that breaks a business rule (e.g. a destination that does not offer the specialty): 422. */
export const unprocessable = (message: string, issues: FieldIssue[] = []): AppError =>
  new AppError('unprocessable', message, { issues });
/** A file whose content is not of an accepted type, whatever it claims to be: 415. */
export const unsupportedMediaType = (message: string): AppError => new AppError('unsupported_media_type', message);
export const rateLimited = (message = 'Too many attempts, try again later'): AppError =>
  new AppError('rate_limited', message);

/** HTTP status for each code; used by the server's error handler and by the web client. */
export const httpStatusByCode: Record<AppErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unprocessable: 422,
  unsupported_media_type: 415,
  internal: 500,
};
