import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, request, type TestContext, type TestSession } from './testing/test-app';
import { buildUser, gstOf, testPassword } from './testing/factories';

let context: TestContext;
let gstAdmin: TestSession;

beforeAll(async () => {
  context = await createTestContext();
  const tta = await gstOf(context.handle.db, '01');
  const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
  gstAdmin = await login(context.app, user.username, testPassword);
});

afterAll(async () => {
  await context.close();
});

describe('GET /api/health', () => {
  it('answers ok, with the database reachable, without a session', async () => {
    const response = await request(context.app, null, 'GET', '/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('API documentation', () => {
  it('serves the OpenAPI UI at /api/docs without a session', async () => {
    let response = await request(context.app, null, 'GET', '/api/docs');
    if (response.statusCode >= 300 && response.statusCode < 400) {
      const location = String(response.headers.location);
      response = await request(
        context.app,
        null,
        'GET',
        location.startsWith('/') ? location : `/api/docs/${location.replace(/^\.\//, '')}`,
      );
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/swagger/i);
  });

  it('serves an OpenAPI document that lists the API routes', async () => {
    const response = await request(context.app, null, 'GET', '/api/docs/json');
    expect(response.statusCode).toBe(200);
    const document = response.json<{
      openapi: string;
      info: { title: string };
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('Tansiq API');
    expect(document.paths['/api/establishments']).toHaveProperty('get');
    expect(document.paths['/api/establishments']).toHaveProperty('post');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/me',
        '/api/users',
        '/api/audit-events',
        '/api/gsts/{gstId}/overview',
      ]),
    );
  });
});

describe('unknown routes and errors', () => {
  it('answers 404 with the JSON error body for an unknown /api path', async () => {
    const response = await request(context.app, gstAdmin, 'GET', '/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Not found', issues: [] } });
    const write = await request(context.app, gstAdmin, 'POST', '/api/no-such-thing', { a: 1 });
    expect(write.statusCode).toBe(404);
  });

  it('asks for a session before revealing whether an /api path exists', async () => {
    const response = await request(context.app, null, 'GET', '/api/no-such-thing');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('answers 400 with the JSON error body for malformed JSON', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "a", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});

describe('security headers', () => {
  it('sends nosniff, a same-origin referrer policy and frame denial on answers and on errors', async () => {
    for (const response of [
      await request(context.app, null, 'GET', '/api/health'),
      await request(context.app, null, 'GET', '/api/me'),
      await request(context.app, gstAdmin, 'GET', '/api/no-such-thing'),
      await request(context.app, gstAdmin, 'GET', '/api/gsts'),
    ]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('order of checks', () => {
  it('refuses an anonymous request before validating its body, so validation messages leak nothing', async () => {
    const response = await request(context.app, null, 'POST', '/api/establishments', { colour: 'red' });
    expect(response.statusCode).toBe(401);
  });

  it('refuses a cross-site request before validating its body', async () => {
    const response = await request(
      context.app,
      gstAdmin,
      'POST',
      '/api/establishments',
      { colour: 'red' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(response.statusCode).toBe(403);
  });
});
