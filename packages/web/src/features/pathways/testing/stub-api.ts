import { vi } from 'vitest';

const pathOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;

/** Answers each API call by the end of its path (query string ignored); records the calls. */
export function stubApi(answers: Record<string, { status: number; body: unknown }>) {
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const path = pathOf(input).split('?')[0] ?? '';
    const answer = Object.entries(answers).find(([suffix]) => path.endsWith(suffix))?.[1] ?? {
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

/** The JSON body of the last call whose path ends with `suffix`. */
export function bodyOf(fetchMock: ReturnType<typeof stubApi>, suffix: string): unknown {
  const call = fetchMock.mock.calls.filter(([input]) => pathOf(input).endsWith(suffix)).at(-1);
  const body = call?.[1]?.body;
  return typeof body === 'string' ? JSON.parse(body) : undefined;
}
