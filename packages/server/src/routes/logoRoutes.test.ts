// The project's logo through the API: a PNG or JPEG is stored with its size and served back as it
// was sent (no caching); text named .png, a truncated PNG and a 2 MB file are refused with a
// message; a viewer reads it but cannot change it. Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectBySlug, setMemberRole } from '@kume/db';
import { flatJpeg, tinyPng } from '../../test/deckFixtures';
import { createProject, uploadForm } from '../../test/projectFixtures';
import { createTestApp, type Agent, type TestApp } from '../../test/testApp';

let t: TestApp;
let owner: Agent;
let viewer: Agent;
let logoUrl: string;
const put = (agent: Agent, name: string, bytes: string | Uint8Array) =>
  agent.request('PUT', logoUrl, uploadForm(name, bytes));
const errorOf = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string; message: string } }).error;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('logo-owner@example.com');
  viewer = await t.signUp('logo-viewer@example.com');
  const slug = await createProject(owner, 'Logo kümesi');
  const project = await findProjectBySlug(t.database.db, slug);
  await setMemberRole(t.database.db, project!.id, viewer.userId!, 'viewer');
  logoUrl = `/api/projects/${slug}/logo`;
});
afterAll(() => t.close());

describe('logo routes', () => {
  it('answers 404 while the project has no logo', async () => {
    expect((await owner.get(logoUrl)).statusCode).toBe(404);
  });

  it('stores a PNG with its size read from the file and serves the same bytes, never cached', async () => {
    const png = tinyPng(120, 40);
    const response = await put(owner, 'logo.png', png);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ mediaType: 'image/png', width: 120, height: 40 });
    const served = await viewer.get(logoUrl);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(served.rawPayload, png)).toBe(0);
  });

  it('recognises a JPEG by its bytes, whatever its name, and replaces the PNG', async () => {
    const response = await put(owner, 'logo.png', flatJpeg(64, 32));
    expect(response.json()).toEqual({ mediaType: 'image/jpeg', width: 64, height: 32 });
    expect((await owner.get(logoUrl)).headers['content-type']).toBe('image/jpeg');
  });

  it('refuses a text file named .png (400 unsupported_image) and keeps the logo it had', async () => {
    const response = await put(owner, 'logo.png', 'GIF89a? no, just text');
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'unsupported_image',
      message: 'the logo must be a PNG or JPEG image',
    });
    expect((await owner.get(logoUrl)).headers['content-type']).toBe('image/jpeg');
  });

  it('refuses a truncated PNG (400 unsupported_image)', async () => {
    const png = tinyPng(50, 50);
    const response = await put(owner, 'cut.png', png.subarray(0, png.length - 20));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'unsupported_image',
      message: expect.stringContaining('cut short'),
    });
  });

  it('refuses a 2 MB file with 413 and says the limit', async () => {
    const big = Buffer.concat([tinyPng(10, 10), Buffer.alloc(2 * 1024 * 1024)]);
    const response = await put(owner, 'big.png', big);
    expect(response.statusCode).toBe(413);
    expect(errorOf(response)).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('at most 1 MB'),
    });
  });

  it('refuses a request without a file (400)', async () => {
    const response = await owner.request('PUT', logoUrl, {});
    expect(response.statusCode).toBe(400);
  });

  it('a viewer cannot change or remove the logo (403); the owner removes it (204, then 404)', async () => {
    expect((await put(viewer, 'logo.png', tinyPng(5, 5))).statusCode).toBe(403);
    expect((await viewer.delete(logoUrl)).statusCode).toBe(403);
    expect((await owner.delete(logoUrl)).statusCode).toBe(204);
    expect((await owner.get(logoUrl)).statusCode).toBe(404);
  });
});
