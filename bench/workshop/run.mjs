// `npm run bench:workshop`: N simulated participants (default 300) join a live workshop over
// WebSockets with their names, then vote for D seconds (default 60), each vote awaiting its
// acknowledgement, then thinking a random while; about 2% of the messages repeat an earlier id, as
// a client retrying after a reconnect would. Targets: a bare `ws` echo server (baseline), Kume on
// the embedded database, Kume on PostgreSQL (a throwaway server from scripts/postgres.sh; skipped
// when PostgreSQL is not installed). Kume runs as `npm start` runs it (server.ts, a child process
// stopped by its pid); the bench sets it up, creates a project and a workshop (one points round
// over 8 items, in its vote phase: each vote replaces the participant's ballot) over REST, and
// after the run counts the vote events in the workshop's event log. One line per target; the last
// line repeats the last Kume target's figures:
//   sent=N counted=N duplicates=N p50_ms=X p99_ms=X votes_per_s=X
// sent: distinct message ids acknowledged ok; counted: vote events logged; duplicates: events
// whose (participant, message id) is logged twice, or counted - sent when more. Exit 1 when a Kume
// target's counted differs from sent, it has duplicates, or a vote went unanswered.
// Options (or env): --participants N (WORKSHOP_BENCH_PARTICIPANTS), --duration S
// (WORKSHOP_BENCH_DURATION), --think-ms MIN-MAX (WORKSHOP_BENCH_THINK_MS, default 1000-3000).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { drive } from './participants.mjs';
import { createBenchWorkshop } from './setUpWorkshop.mjs';
import { root, startChild, stopChild } from './children.mjs';

function option(flag, env, fallback) {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : (process.env[env] ?? fallback);
}
const participants = Number(option('--participants', 'WORKSHOP_BENCH_PARTICIPANTS', '300'));
const durationS = Number(option('--duration', 'WORKSHOP_BENCH_DURATION', '60'));
const [thinkMin, thinkMax] = option('--think-ms', 'WORKSHOP_BENCH_THINK_MS', '1000-3000')
  .split('-')
  .map(Number);
const plan = { participants, durationS, thinkMin, thinkMax };

function line(result, counted, duplicates) {
  return `sent=${result.sent} counted=${counted} duplicates=${duplicates} p50_ms=${result.p50.toFixed(1)} p99_ms=${result.p99.toFixed(1)} votes_per_s=${result.perSecond.toFixed(0)}`;
}

function details(result) {
  const refusals = Object.entries(result.refusals)
    .map(([code, n]) => `${code}:${n}`)
    .join(',');
  const problems = [...result.problems].join('; ');
  return `repeats=${result.repeats} refused=${result.refused}${refusals ? ` (${refusals})` : ''} unanswered=${result.unanswered}${problems ? ` (${problems})` : ''} joined_in_s=${result.joinS.toFixed(1)} max_ms=${result.max.toFixed(1)} states=${result.states} state_mb=${(result.stateBytes / 1e6).toFixed(0)}`;
}

/** The workshop's vote events: how many, and how many repeat a (participant, message id). */
async function countVotes(query, workshopId) {
  const { rows } = await query(
    `SELECT count(*)::int AS counted,
       (count(*) - count(DISTINCT (participant_id, message_id)))::int AS repeated
     FROM workshop_events WHERE workshop_id = $1 AND command->>'type' = 'vote'`,
    [workshopId],
  );
  return rows[0];
}

/** Runs one Kume target; `audit(workshopId)` counts its votes after the server stopped. */
async function runKume(label, env, audit) {
  const server = await startChild(['--import', 'tsx', 'bench/workshop/server.ts'], env);
  let result;
  let workshop;
  try {
    workshop = await createBenchWorkshop(`http://127.0.0.1:${server.port}`, server.setupToken);
    result = await drive(`ws://127.0.0.1:${server.port}/api/live/${workshop.code}`, plan, {
      roundId: workshop.roundId,
      itemIds: workshop.itemIds,
      points: workshop.points,
    });
  } finally {
    await stopChild(server.child);
  }
  const { counted, repeated } = await audit(workshop.id);
  const duplicates = Math.max(repeated, counted - result.sent);
  console.log(`${label}: ${line(result, counted, duplicates)} ${details(result)}`);
  return { result, counted, duplicates };
}

console.log(
  `workshop bench: ${participants} participants, ${durationS} s of voting, think ${thinkMin}-${thinkMax} ms, about 2% of messages repeat an earlier id`,
);
const echo = await startChild(['bench/workshop/echo.mjs']);
try {
  const result = await drive(`ws://127.0.0.1:${echo.port}/`, plan, {
    roundId: 'priorities',
    itemIds: ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8'],
    points: 100,
  });
  console.log(`baseline (bare ws echo): ${line(result, result.sent, 0)} ${details(result)}`);
} finally {
  await stopChild(echo.child);
}

const kumeRuns = [];
const dataDir = mkdtempSync(join(tmpdir(), 'kume-bench-workshop-'));
try {
  kumeRuns.push(
    await runKume('kume (embedded database)', { DATA_DIR: dataDir }, async (workshopId) => {
      const client = await PGlite.create(join(dataDir, 'pglite'));
      try {
        return await countVotes((text, params) => client.query(text, params), workshopId);
      } finally {
        await client.close();
      }
    }),
  );
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
    kumeRuns.push(
      await runKume('kume (PostgreSQL)', { DATABASE_URL: url }, async (workshopId) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return await countVotes((text, params) => client.query(text, params), workshopId);
        } finally {
          await client.end();
        }
      }),
    );
  } finally {
    execFileSync('bash', ['scripts/postgres.sh', 'stop', pgDir], { cwd: root });
  }
}
const exact = kumeRuns.every(
  (run) => run.counted === run.result.sent && run.duplicates === 0 && run.result.unanswered === 0,
);
if (!exact) process.exitCode = 1;
const last = kumeRuns.at(-1);
console.log(line(last.result, last.counted, last.duplicates));
