// Starting and stopping a real server: first-run setup link, the sample project, the web app
// served from the same port, and graceful shutdown that finishes requests in flight.

import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, testBackend } from '../../db/test/testDatabase';
import { configFromEnv } from './config';
import { startServer } from './startServer';

describe(`startServer (${testBackend()})`, () => {
  let dir: string;
  let databaseUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kume-start-'));
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>Kume test page</title>');
    if (testBackend() === 'postgres') ({ url: databaseUrl, drop } = await freshPostgresDatabase());
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await drop?.();
  });

  const config = () =>
    configFromEnv(
      {},
      {
        port: 0,
        dataDir: join(dir, 'data'),
        databaseUrl,
        webDir: join(dir, 'web'),
        logLevel: 'silent',
      },
    );

  it('prints a one-time setup link and creates the sample project on a new installation', async () => {
    const lines: string[] = [];
    const server = await startServer(config(), (line) => lines.push(line));
    try {
      expect(server.setupToken).toMatch(/^[\w-]{40,}$/);
      expect(lines.join('\n')).toContain(`/setup?token=${server.setupToken}`);
      expect(lines.join('\n')).toMatch(/sample project/);
      const health = await fetch(`${server.url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const page = await fetch(`${server.url}/p/sample/organisations`, {
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Kume test page');
      const openapi = await fetch(`${server.url}/api/openapi.json`);
      expect(openapi.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('finishes a request in flight before it stops, then refuses new ones', async () => {
    const server = await startServer(config(), () => undefined);
    // The setup link of the first start is replaced by a new one while no account exists.
    expect(server.setupToken).not.toBeNull();
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not the password' });
    const { port } = new URL(server.url);
    // Send half of a sign-in request, stop the server while the rest is on its way, then finish it.
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/session',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        stopped = server.stop();
        setTimeout(() => req.end(body.slice(10)), 200);
      }, 200);
    });
    let stopped: Promise<void> | undefined;
    expect(await answer).toBe(401);
    await stopped;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});
