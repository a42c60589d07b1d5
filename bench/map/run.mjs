// `npm run bench:map`: Kume's cluster map with 5,000 organisations and 20,000 relations in
// Chromium, against bare sigma 3 drawing the same JSON on a minimal page (bench/map/peer).
// Measures time to first render, layout time, and frames per second while the camera zooms and
// pans for 3 s. The server runs as a child process on a temporary PGlite folder, stopped by pid.

/* global window, document, MutationObserver, requestAnimationFrame -- used inside page.evaluate, which runs in the browser */

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureWebBuilt } from '../../scripts/ensureWebBuilt.mjs';

const root = resolve(import.meta.dirname, '../..');
const MOTION_MS = 3000;
// vite is the web package's dependency, not the root's: resolve it from there.
const vitePath = createRequire(join(root, 'packages/web/package.json')).resolve('vite');
const { build } = await import(pathToFileURL(vitePath).href);

function freePort() {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitForServer(url, child, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start in time');
}

/** Builds the peer page with vite into a temporary folder and serves it with /graph.json. */
async function servePeer(graphJson) {
  const outDir = mkdtempSync(join(tmpdir(), 'kume-bench-map-peer-'));
  await build({
    root: join(import.meta.dirname, 'peer'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const asked = (request.url ?? '/').split('?')[0];
    const path = asked === '/' ? '/index.html' : asked;
    try {
      const body = path === '/graph.json' ? graphJson : readFileSync(join(outDir, path));
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Marks, in page time (ms since navigation): the data's arrival (resource timing), the first
 * frame after sigma's canvas appears, and the layout's start and end (data-layout-state).
 */
function installMarks() {
  const marks = {};
  window.__mapMarks = marks;
  new MutationObserver(() => {
    const map = document.querySelector('[data-testid="cluster-map"]');
    if (!map) return;
    if (marks.canvas === undefined && map.querySelector('canvas')) {
      marks.canvas = performance.now();
      requestAnimationFrame(() => (marks.firstFrame = performance.now()));
    }
    const state = map.getAttribute('data-layout-state');
    if (state === 'running' && marks.running === undefined) marks.running = performance.now();
    if (state === 'done' && marks.running !== undefined && marks.done === undefined)
      marks.done = performance.now();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-layout-state'],
  });
}

/** Opens the page, waits for sigma's first frame and the bounded layout, then zooms and pans 3 s. */
async function measure(context, url, dataPath, screenshot) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(installMarks);
  await page.goto(url);
  const map = page.getByTestId('cluster-map');
  await page.waitForFunction(() => window.__mapMarks.done !== undefined, null, {
    timeout: 180_000,
    polling: 500,
  });
  const marks = await page.evaluate(
    (path) => ({
      ...window.__mapMarks,
      data:
        performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.split('?')[0].endsWith(path))?.responseEnd ?? NaN,
    }),
    dataPath,
  );
  if (screenshot) await page.screenshot({ path: screenshot });
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no size');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    const counter = { frames: 0, start: performance.now(), running: true };
    const tick = () => {
      if (!counter.running) return;
      counter.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__frames = counter;
  });
  // The same motion on both pages: zoom in and out with the wheel, drag in a circle.
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < MOTION_MS) {
    if (step % 10 < 5) await page.mouse.wheel(0, step % 20 < 10 ? -120 : 120);
    else {
      const angle = step / 3;
      await page.mouse.down();
      await page.mouse.move(cx + 80 * Math.cos(angle), cy + 80 * Math.sin(angle), { steps: 4 });
      await page.mouse.up();
    }
    step += 1;
  }
  const fps = await page.evaluate(() => {
    const c = window.__frames;
    c.running = false;
    return (c.frames * 1000) / (performance.now() - c.start);
  });
  await page.close();
  return {
    width: Math.round(box.width),
    height: Math.round(box.height),
    firstRender: marks.firstFrame,
    afterData: marks.firstFrame - marks.data,
    layout: marks.done - marks.running,
    fps,
    errors,
  };
}

async function main() {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'kume-bench-map-'));
  let server;
  let browser;
  let peer;
  try {
    // BENCH_MAP_SIZE=300,1200 seeds a smaller map (for trying the bench out).
    const size = (process.env.BENCH_MAP_SIZE ?? '5000,20000').split(',');
    console.log(`Seeding ${size[0]} organisations and ${size[1]} relations...`);
    const seeded = spawnSync('npx', ['tsx', 'bench/map/seed.ts', dataDir, ...size], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (seeded.status !== 0) throw new Error('seeding failed');
    const { email, password, slug } = JSON.parse(seeded.stdout.trim().split('\n').at(-1));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ['scripts/start.mjs', '--port', String(port), '--data-dir', dataDir, '--no-sample'],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    await waitForServer(url, server);

    browser = await chromium.launch({
      executablePath: process.env.KUME_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const signIn = await context.request.post(`${url}/api/session`, { data: { email, password } });
    if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);

    const apiStarted = performance.now();
    const answer = await context.request.get(`${url}/api/projects/${slug}/cluster-map`);
    const apiMs = performance.now() - apiStarted;
    if (!answer.ok()) throw new Error(`cluster-map failed: ${answer.status()}`);
    const graphJson = await answer.body();
    const view = JSON.parse(graphJson.toString('utf8'));
    writeFileSync(join(dataDir, 'graph.json'), graphJson);
    peer = await servePeer(graphJson);

    const shots = process.env.BENCH_MAP_SCREENSHOTS;
    const kume = await measure(
      context,
      `${url}/p/${slug}/field-study/map`,
      `/api/projects/${slug}/cluster-map`,
      shots && join(shots, 'kume-map.png'),
    );
    const bare = await measure(
      context,
      `${peer.url}?w=${kume.width}&h=${kume.height}`,
      '/graph.json',
      shots && join(shots, 'sigma.png'),
    );

    const ms = (v) => `${v.toFixed(0).padStart(6)} ms`;
    const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
    console.log(`\nGraph: ${view.nodes.length} organisations, ${view.edges.length} relations`);
    console.log(
      `Canvas: ${kume.width} x ${kume.height} px on both pages (software WebGL: --disable-gpu)`,
    );
    console.log(`API GET cluster-map (metrics computed on the server): ${ms(apiMs)}`);
    console.log('                      Kume map     bare sigma   ratio (Kume / sigma)');
    console.log(
      `first render      ${ms(kume.firstRender)}    ${ms(bare.firstRender)}   ${ratio(kume.firstRender, bare.firstRender)}`,
    );
    console.log(
      `  after the data  ${ms(kume.afterData)}    ${ms(bare.afterData)}   ${ratio(kume.afterData, bare.afterData)}`,
    );
    console.log(
      `layout (bounded)  ${ms(kume.layout)}    ${ms(bare.layout)}   ${ratio(kume.layout, bare.layout)}`,
    );
    console.log(
      `zoom + pan fps    ${kume.fps.toFixed(1).padStart(6)} fps   ${bare.fps.toFixed(1).padStart(6)} fps   ${ratio(kume.fps, bare.fps)}`,
    );
    console.log(
      "(first render: from navigation, so Kume's includes the API call above; after the data: from\n the data's arrival to sigma's first frame; the layout runs ForceAtlas2 for a fixed time)",
    );
    for (const [name, r] of [
      ['Kume', kume],
      ['sigma', bare],
    ])
      for (const error of r.errors) console.log(`${name} page error: ${error}`);
    if (kume.errors.length || bare.errors.length) process.exitCode = 1;
  } finally {
    await browser?.close();
    peer?.close();
    if (server?.pid && server.exitCode === null) {
      process.kill(server.pid, 'SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
