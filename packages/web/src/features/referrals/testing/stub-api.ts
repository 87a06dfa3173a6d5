import { vi } from 'vitest';

interface Answer {
  status: number;
  body: unknown;
}

const pathOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;

/**
 * Answers each API call by method and path (`'POST /api/referrals'`; the query string is ignored); records the calls.
 * An answer may be a function, to answer differently over time.
 */
export function stubApi(answers: Record<string, Answer | (() => Answer)>) {
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    const path = pathOf(input).split('?')[0] ?? '';
    const method = init?.method ?? 'GET';
    const found = answers[`${method} ${path}`];
    const answer = (typeof found === 'function' ? found() : found) ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'Not found', issues: [] } },
    };
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The calls made to `method path`, with their parsed JSON bodies and headers. */
export function callsTo(fetchMock: ReturnType<typeof stubApi>, method: string, path: string) {
  return fetchMock.mock.calls
    .filter(([input, init]) => (init?.method ?? 'GET') === method && pathOf(input).split('?')[0] === path)
    .map(([input, init]) => ({
      url: pathOf(input),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      headers: (init?.headers ?? {}) as Record<string, string>,
    }));
}
