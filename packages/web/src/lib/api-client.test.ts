// @vitest-environment jsdom
import { establishmentSchema } from '@tansiq/domain';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api-client';
import { ApiError } from './api-error';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function clientAnswering(response: () => Response) {
  const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(response()));
  return { client: createApiClient({ fetch: fetchMock }), fetchMock };
}

describe('apiClient', () => {
  it('turns an error body into a typed ApiError with its field issues', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(400, {
        error: {
          code: 'validation_failed',
          message: 'The input is not valid',
          issues: [{ path: ['services', 1, 'beds'], message: 'Too small', code: 'too_small' }],
        },
      }),
    );
    const failure = await client
      .post('/api/establishments', { json: {}, schema: establishmentSchema })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'The input is not valid',
      issues: [{ path: ['services', 1, 'beds'], message: 'Too small' }],
    });
  });

  it('maps a 409 conflict and keeps the server message', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(409, { error: { code: 'conflict', message: 'Changed by someone else', issues: [] } }),
    );
    await expect(
      client.patch('/api/establishments/x', { json: { version: 1 }, schema: establishmentSchema }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'conflict',
    });
  });

  it('falls back on the status when the body is not an error body (e.g. a proxy page)', async () => {
    const { client } = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(client.get('/api/me', { schema: establishmentSchema })).rejects.toMatchObject({
      status: 502,
      code: 'internal',
    });
  });

  it('reports an unreachable server as a network error', async () => {
    const client = createApiClient({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(client.get('/api/me', { schema: establishmentSchema })).rejects.toMatchObject({
      status: 0,
      code: 'network',
    });
  });

  it('rejects an answer that does not match the domain schema', async () => {
    const { client } = clientAnswering(() => jsonResponse(200, { id: 'not-an-establishment' }));
    await expect(client.get('/api/establishments/x', { schema: establishmentSchema })).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('sends the CSRF token on writes, not on reads, and joins list filters with commas', async () => {
    const { client, fetchMock } = clientAnswering(() => new Response(null, { status: 204 }));
    client.setCsrfToken('token-123');
    await client.send('POST', '/api/auth/logout');
    await client.send('GET', '/api/establishments', { query: { type: ['CSR-1', 'CSR-2'], q: '', page: 2 } });
    const [postUrl, postInit] = fetchMock.mock.calls[0] ?? [];
    const [getUrl, getInit] = fetchMock.mock.calls[1] ?? [];
    expect(postUrl).toBe('/api/auth/logout');
    expect(postInit?.headers).toMatchObject({ 'x-csrf-token': 'token-123' });
    expect(postInit?.credentials).toBe('same-origin');
    expect(getUrl).toBe('/api/establishments?type=CSR-1%2CCSR-2&page=2');
    expect(getInit?.headers).not.toHaveProperty('x-csrf-token');
  });

  it('tells listeners about a 401, except on calls that expect one (login)', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(401, { error: { code: 'unauthenticated', message: 'Authentication required', issues: [] } }),
    );
    const listener = vi.fn();
    client.onUnauthenticated(listener);
    await client.get('/api/me', { schema: establishmentSchema }).catch(() => undefined);
    await client
      .post('/api/auth/login', { json: {}, schema: establishmentSchema, ignoreUnauthenticated: true })
      .catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
