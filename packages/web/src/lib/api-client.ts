import type { z } from 'zod';
import { ApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions<Schema extends z.ZodType> {
  query?: QueryParams;
  /** A JSON body, sent as application/json. */
  json?: unknown;
  /** A raw text body (e.g. a CSV file) with its content type. */
  text?: { body: string; contentType: string };
  /** The schema of the response body. */
  schema: Schema;
  /** Extra request headers, e.g. `Idempotency-Key` on writes that may be retried. */
  headers?: Record<string, string>;
  /** Set on calls where 401 is an expected answer (login), so it does not send the user to the login page. */
  ignoreUnauthenticated?: boolean;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
}

/** Serialises filters: empty values are dropped, arrays are joined with commas (the API's list syntax). */
export function toSearchParams(query: QueryParams = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > 0) {
        params.set(key, value.join(','));
      }
      continue;
    }
    params.set(key, String(value));
  }
  return params;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The one HTTP client of the web app: same-origin cookies, JSON, the CSRF header on writes, typed errors, and
 * responses parsed with the domain schemas.
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const baseUrl = options.baseUrl ?? '';
  let csrfToken: string | null = null;
  const unauthenticatedListeners = new Set<() => void>();

  async function call(method: Method, path: string, requestOptions: Omit<RequestOptions<z.ZodType>, 'schema'>) {
    const params = toSearchParams(requestOptions.query);
    const url = `${baseUrl}${path}${params.size > 0 ? `?${params.toString()}` : ''}`;
    const headers: Record<string, string> = { ...requestOptions.headers, accept: 'application/json' };
    let body: string | undefined;
    if (requestOptions.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(requestOptions.json);
    } else if (requestOptions.text) {
      headers['content-type'] = requestOptions.text.contentType;
      body = requestOptions.text.body;
    }
    if (method !== 'GET' && csrfToken) {
      headers['x-csrf-token'] = csrfToken;
    }

    let response: Response;
    try {
      response = await fetchImpl(url, {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: requestOptions.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') {
        throw cause;
      }
      throw new ApiError(0, 'network', 'The server cannot be reached');
    }

    const payload = await readBody(response);
    if (!response.ok) {
      const error = ApiError.fromResponse(response.status, payload);
      if (response.status === 401 && !requestOptions.ignoreUnauthenticated) {
        unauthenticatedListeners.forEach((listener) => listener());
      }
      throw error;
    }
    return { status: response.status, payload };
  }

  /** Calls the API and parses the answer with `schema`. */
  async function request<Schema extends z.ZodType>(
    method: Method,
    path: string,
    requestOptions: RequestOptions<Schema>,
  ): Promise<z.output<Schema>> {
    const { status, payload } = await call(method, path, requestOptions);
    const parsed = requestOptions.schema.safeParse(payload);
    if (!parsed.success) {
      throw new ApiError(status, 'invalid_response', `Unexpected answer from ${method} ${path}`);
    }
    return parsed.data;
  }

  return {
    request,
    get: <Schema extends z.ZodType>(path: string, options: RequestOptions<Schema>) => request('GET', path, options),
    post: <Schema extends z.ZodType>(path: string, options: RequestOptions<Schema>) => request('POST', path, options),
    patch: <Schema extends z.ZodType>(path: string, options: RequestOptions<Schema>) => request('PATCH', path, options),
    /** Calls the API for an answer without a body (204). */
    async send(method: Method, path: string, options: Omit<RequestOptions<z.ZodType>, 'schema'> = {}): Promise<void> {
      await call(method, path, options);
    },
    /** Remembers the token of the session (from `GET /api/me` or login) for the `x-csrf-token` header. */
    setCsrfToken(token: string | null) {
      csrfToken = token;
    },
    /** Called on every 401 (except where the call expects one): the app sends the user to the login page. */
    onUnauthenticated(listener: () => void): () => void {
      unauthenticatedListeners.add(listener);
      return () => unauthenticatedListeners.delete(listener);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client instance. */
export const apiClient = createApiClient();
