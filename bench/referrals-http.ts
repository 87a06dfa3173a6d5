// A small HTTP client for `npm run bench:referrals`: a signed-in browser (session cookie + CSRF token) over node:http
// with keep-alive (lighter than fetch, so that the load generator takes less of the two cores it shares with the
// server), recording each request's latency under an endpoint name.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Latencies (ms) and errors per endpoint. */
export class Recorder {
  readonly latencies = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  readonly errorSamples: string[] = [];

  record(endpoint: string, ms: number, ok: boolean, detail: string): void {
    const list = this.latencies.get(endpoint) ?? [];
    list.push(ms);
    this.latencies.set(endpoint, list);
    if (!ok) {
      this.errors.set(endpoint, (this.errors.get(endpoint) ?? 0) + 1);
      if (this.errorSamples.length < 10) {
        this.errorSamples.push(`${endpoint}: ${detail}`);
      }
    }
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Signs in through the real login route (argon2 runs once here, never per request). */
export async function signIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) {
    throw new Error(`Login of ${username} failed: ${response.status} ${await response.text()}`);
  }
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body: unknown = await response.json();
  const csrfToken =
    typeof body === 'object' && body !== null && 'csrfToken' in body && typeof body.csrfToken === 'string'
      ? body.csrfToken
      : '';
  return { cookie, csrfToken };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Closes the kept-alive connections, so that the app can close. */
export const closeConnections = (): void => agent.destroy();

/** One HTTP exchange on the keep-alive agent: the status and the body as text. */
function exchange(
  url: string,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body: string | undefined,
): Promise<{ status: number; text: string }> {
  return new Promise((resolvePromise, reject) => {
    const outgoing = request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolvePromise({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Sends one request as `session`, records it under `endpoint`, and returns the JSON body (null on an error). */
export async function call(
  recorder: Recorder,
  baseUrl: string,
  session: Session,
  endpoint: string,
  method: 'GET' | 'POST',
  path: string,
  body?: object,
): Promise<unknown> {
  const started = performance.now();
  let detail = '';
  let parsed: unknown = null;
  let ok = false;
  try {
    const payload = body ? JSON.stringify(body) : undefined;
    const response = await exchange(
      `${baseUrl}${path}`,
      method,
      {
        cookie: session.cookie,
        ...(method === 'POST'
          ? {
              'x-csrf-token': session.csrfToken,
              'content-type': 'application/json',
              'content-length': String(Buffer.byteLength(payload ?? '')),
            }
          : {}),
      },
      payload,
    );
    ok = response.status >= 200 && response.status < 300;
    detail = `${response.status} ${response.text.slice(0, 200)}`;
    parsed = ok ? JSON.parse(response.text) : null;
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  recorder.record(endpoint, performance.now() - started, ok, detail);
  return ok ? parsed : null;
}
