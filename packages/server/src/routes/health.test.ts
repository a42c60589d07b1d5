// The stable endpoints: health and the OpenAPI document.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/testApp';

describe('stable endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/health answers {"status":"ok"}', async () => {
    const response = await t.anonymous().get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/openapi.json describes the project and registry routes', async () => {
    const response = await t.anonymous().get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/projects',
        '/api/projects/{slug}/organisations',
        '/api/projects/{slug}/readiness',
      ]),
    );
  });

  it('an unknown API path answers a JSON 404', async () => {
    const response = await t.anonymous().get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
