// `npm run bench:workshop`: N simulated participants (default 300) vote over WebSockets for D
// seconds (default 60), each waiting for its acknowledgement, then thinking a random while,
// and now and then repeating a vote's id as a client retrying after a reconnect would. Targets:
// a bare `ws` echo server (baseline), Kume on the embedded database, Kume on PostgreSQL (a
// throwaway server from scripts/postgres.sh; skipped when PostgreSQL is not installed). Servers
// run as child processes, stopped by pid. After each Kume run the votes are counted in its
// database. One line per target; the last line repeats the last Kume target's figures:
//   sent=N counted=N duplicates=N p50_ms=X p99_ms=X votes_per_s=X
// Options (or env): --participants N (WORKSHOP_BENCH_PARTICIPANTS), --duration S
// (WORKSHOP_BENCH_DURATION), --think-ms MIN-MAX (WORKSHOP_BENCH_THINK_MS, default 100-500).

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { WebSocket } from 'ws';

const root = resolve(import.meta.dirname, '../..');
const BENCH_CODE = 'BENCH';
const BENCH_TABLE = 'bench_live_vote';
const RETRY_SHARE = 0.02;

function option(flag, env, fallback) {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : (process.env[env] ?? fallback);
}
const participants = Number(option('--participants', 'WORKSHOP_BENCH_PARTICIPANTS', '300'));
const durationS = Number(option('--duration', 'WORKSHOP_BENCH_DURATION', '60'));
const [thinkMin, thinkMax] = option('--think-ms', 'WORKSHOP_BENCH_THINK_MS', '100-500')
  .split('-')
  .map(Number);

/** Starts a child that prints "listening PORT"; resolves with the child and the port. */
function startChild(args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\d+)/.exec(out);
      if (match) done({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code}) before listening`)));
  });
}

/** Stops a child by its pid and waits for it to exit. */
function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(child.pid, 'SIGTERM');
  return exited;
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/** One participant: join, then vote until the deadline, each vote awaiting its ack. */
async function participant(url, index, deadline, stats) {
  const socket = new WebSocket(url);
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = pending.get(message.type === 'ack' ? message.id : message.type);
    if (waiter) waiter(message);
  });
  const expect = (key) => new Promise((done) => pending.set(key, done));
  await new Promise((done, fail) => {
    socket.once('open', done);
    socket.once('error', fail);
  });
  const welcome = expect('welcome');
  socket.send(JSON.stringify({ type: 'hello', name: `participant ${index}` }));
  await welcome;
  let n = 0;
  let last = null;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, thinkMin + Math.random() * (thinkMax - thinkMin)));
    // Now and then repeat the previous id, as a client does when unsure its vote arrived.
    const retry = last !== null && Math.random() < RETRY_SHARE;
    const id = retry ? last : `p${index}-${n++}`;
    const acked = expect(id);
    const started = performance.now();
    socket.send(JSON.stringify({ type: 'command', id, body: { vote: true } }));
    const ack = await acked;
    pending.delete(id);
    if (retry) {
      stats.retries += 1;
      continue;
    }
    stats.latencies.push(performance.now() - started);
    if (ack.ok) stats.sent += 1;
    else stats.refused += 1;
    last = id;
  }
  socket.close();
}

async function drive(label, url) {
  const stats = { sent: 0, refused: 0, retries: 0, latencies: [] };
  const started = Date.now();
  const deadline = started + durationS * 1000;
  await Promise.all(
    Array.from({ length: participants }, (_, i) => participant(url, i, deadline, stats)),
  );
  const seconds = (Date.now() - started) / 1000;
  const sorted = stats.latencies.sort((a, b) => a - b);
  return {
    label,
    ...stats,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    perSecond: stats.sent / seconds,
  };
}

function line(result, counted, duplicates) {
  return `sent=${result.sent} counted=${counted} duplicates=${duplicates} p50_ms=${result.p50.toFixed(1)} p99_ms=${result.p99.toFixed(1)} votes_per_s=${result.perSecond.toFixed(0)}`;
}

async function countVotes(query) {
  const { rows } = await query(
    `SELECT count(*)::int AS counted, (count(*) - count(DISTINCT (participant_id, message_id)))::int AS duplicates FROM ${BENCH_TABLE}`,
  );
  return rows[0];
}

async function runKume(label, env, audit) {
  const server = await startChild(['--import', 'tsx', 'bench/workshop/server.ts'], env);
  let result;
  try {
    result = await drive(label, `ws://127.0.0.1:${server.port}/api/live/${BENCH_CODE}`);
  } finally {
    await stopChild(server.child);
  }
  const { counted, duplicates } = await audit();
  console.log(
    `${label}: ${line(result, counted, duplicates)} retries=${result.retries} refused=${result.refused}`,
  );
  return { result, counted, duplicates };
}

console.log(
  `workshop bench: ${participants} participants, ${durationS} s, think ${thinkMin}-${thinkMax} ms, ${RETRY_SHARE * 100}% of votes repeated`,
);
const echo = await startChild(['bench/workshop/echo.mjs']);
try {
  const result = await drive('echo', `ws://127.0.0.1:${echo.port}/`);
  console.log(`baseline (bare ws echo): ${line(result, result.sent, 0)} retries=${result.retries}`);
} finally {
  await stopChild(echo.child);
}

const dataDir = mkdtempSync(join(tmpdir(), 'kume-bench-workshop-'));
let last;
try {
  last = await runKume('kume (embedded database)', { DATA_DIR: dataDir }, async () => {
    const client = await PGlite.create(join(dataDir, 'pglite'));
    try {
      return await countVotes((text) => client.query(text));
    } finally {
      await client.close();
    }
  });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const postgresInstalled =
  existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
if (!postgresInstalled) {
  console.log(
    'kume (PostgreSQL): skipped, PostgreSQL is not installed (apt-get install postgresql)',
  );
} else {
  const port = String(56_000 + Math.floor(Math.random() * 1_000));
  const out = execFileSync('bash', ['scripts/postgres.sh', 'start', port], {
    cwd: root,
    encoding: 'utf8',
  });
  const pgDir = /KUME_PG_DIR=(.*)/.exec(out)[1];
  const url = /KUME_TEST_DATABASE_URL=(.*)/.exec(out)[1];
  try {
    last = await runKume('kume (PostgreSQL)', { DATABASE_URL: url }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await countVotes((text) => client.query(text));
      } finally {
        await client.end();
      }
    });
  } finally {
    execFileSync('bash', ['scripts/postgres.sh', 'stop', pgDir], { cwd: root });
  }
}
const exact = last.counted === last.result.sent && last.duplicates === 0;
if (!exact) process.exitCode = 1;
console.log(line(last.result, last.counted, last.duplicates));
