// `npm run bench:survey`: 200 respondents submit the firm interview at once (each through their
// own link, each naming 2 partners) to a Kume server on a local port, first on the embedded
// database (PGlite), then on PostgreSQL. Prints the stored counts and the time per submission;
// exits 1 when any response is missing or stored twice.
//
// PostgreSQL: KUME_BENCH_DATABASE_URL (a fresh database is made on that server and dropped), or
// a throwaway server started with scripts/postgres.sh when PostgreSQL is installed; else skipped.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { projectInputSchema, questionnaireTemplate, type RelationAnswer } from '@kume/core';
import {
  createProject,
  createUser,
  insertOrganisations,
  insertQuestionnaire,
  issueLinks,
  openDatabase,
  schema,
  updateQuestionnaire,
  type Database,
} from '@kume/db';
import { and, count, countDistinct, eq } from 'drizzle-orm';
import { createApp } from '../../packages/server/src/app';
import { hashToken, newToken } from '../../packages/server/src/auth/tokens';
import { surveyData } from '../../packages/server/test/fieldStudyFixtures';

const RESPONDENTS = 200;
const root = resolve(import.meta.dirname, '../..');

interface Outcome {
  backend: string;
  submitted: number;
  responses: number;
  duplicates: number;
  relations: number;
  failures: string[];
  times: number[];
  wallMs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Sets up a project with RESPONDENTS firms and their links, then submits all at once. */
async function run(backend: string, database: Database): Promise<Outcome> {
  await database.migrate();
  const { db } = database;
  const now = new Date();
  const owner = await createUser(db, {
    email: `bench-${randomBytes(4).toString('hex')}@kume.example`,
    name: 'Bench',
    passwordHash: 'not a hash: nobody signs in',
  });
  const project = await createProject(
    db,
    projectInputSchema.parse({ name: 'Survey benchmark' }),
    owner.id,
  );
  const firms = await insertOrganisations(
    db,
    project.id,
    Array.from({ length: RESPONDENTS }, (_, i) => ({
      organisation: { name: `Bench Firm ${i + 1}`, type: 'firm' as const },
      contacts: [],
    })),
  );
  const definition = questionnaireTemplate('firm_interview');
  const questionnaire = await insertQuestionnaire(db, project.id, definition, owner.id);
  await updateQuestionnaire(db, project.id, questionnaire.id, { status: 'open' }, now);
  const tokens = firms.map(() => newToken());
  await issueLinks(
    db,
    project.id,
    questionnaire.id,
    firms.map((firm, i) => ({ organisationId: firm.id, tokenHash: hashToken(tokens[i] ?? '') })),
    now,
  );

  const app = await createApp({
    database,
    config: { publicUrl: 'http://127.0.0.1', secureCookies: false, webDir: undefined },
    logger: false,
    respondentRateLimit: { requests: 100_000, starts: 100_000 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const bodies = firms.map((_, i) => {
    // One partner from the registry (a neighbour, so many pairs are mutual) and one new name.
    const partners: RelationAnswer[] = [
      { organisationId: firms[(i + 1) % firms.length]?.id ?? '', sharePercent: 20 },
      { organisationName: `Bench Partner ${i % 50}`, location: 'same_city' },
    ];
    return JSON.stringify({ data: surveyData(definition, partners) });
  });

  const failures: string[] = [];
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, i) => {
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/respond/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodies[i],
      });
      const text = await response.text();
      times.push(performance.now() - t0);
      if (response.status !== 200) failures.push(`${response.status} ${text.slice(0, 200)}`);
    }),
  );
  const wallMs = performance.now() - started;
  await app.close();

  const { responses, relations } = schema;
  const [stored] = await db
    .select({ rows: count(), links: countDistinct(responses.linkId) })
    .from(responses)
    .where(eq(responses.questionnaireId, questionnaire.id));
  const [submitted] = await db
    .select({ n: count() })
    .from(responses)
    .where(and(eq(responses.questionnaireId, questionnaire.id), eq(responses.status, 'submitted')));
  const [relationCount] = await db
    .select({ n: count() })
    .from(relations)
    .where(eq(relations.projectId, project.id));
  return {
    backend,
    submitted: submitted?.n ?? 0,
    responses: stored?.rows ?? 0,
    duplicates: (stored?.rows ?? 0) - (stored?.links ?? 0),
    relations: relationCount?.n ?? 0,
    failures,
    times,
    wallMs,
  };
}

function report(outcome: Outcome): boolean {
  const sorted = [...outcome.times].sort((a, b) => a - b);
  const ok =
    outcome.submitted === RESPONDENTS &&
    outcome.responses === RESPONDENTS &&
    outcome.duplicates === 0 &&
    outcome.relations === 2 * RESPONDENTS &&
    outcome.failures.length === 0;
  console.log(`\n${outcome.backend}`);
  console.log(`  submitted stored   ${outcome.submitted} of ${RESPONDENTS}`);
  console.log(`  response rows      ${outcome.responses} (duplicates ${outcome.duplicates})`);
  console.log(`  relations stored   ${outcome.relations} of ${2 * RESPONDENTS}`);
  console.log(
    `  per submission     p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms`,
  );
  console.log(`  wall time          ${outcome.wallMs.toFixed(0)} ms for ${RESPONDENTS} at once`);
  for (const failure of outcome.failures.slice(0, 5)) console.log(`  failed: ${failure}`);
  console.log(`  ${ok ? 'OK' : 'WRONG COUNTS'}`);
  return ok;
}

async function onPglite(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kume-bench-survey-'));
  const database = await openDatabase({ dataDir });
  try {
    return report(await run('PGlite (embedded)', database));
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A server URL and how to let go of it: the given one, or a throwaway local server. */
function postgresServer(): { url: string; stop: () => void } | undefined {
  const given = process.env.KUME_BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  try {
    const port = String(56_000 + Math.floor(Math.random() * 1000));
    const output = execFileSync(join(root, 'scripts/postgres.sh'), ['start', port], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const value = (name: string) => output.match(new RegExp(`^${name}=(.*)$`, 'm'))?.[1];
    const url = value('KUME_TEST_DATABASE_URL');
    const dir = value('KUME_PG_DIR');
    if (!url || !dir) return undefined;
    return {
      url,
      stop: () => execFileSync(join(root, 'scripts/postgres.sh'), ['stop', dir]),
    };
  } catch (error) {
    console.log(`\nPostgreSQL: skipped (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

async function onPostgres(): Promise<boolean> {
  const server = postgresServer();
  if (!server) return true;
  const name = `kume_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    try {
      return report(await run(`PostgreSQL (${url.host})`, database));
    } finally {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    server.stop();
  }
}

console.log(`bench:survey: ${RESPONDENTS} submissions at once, each with 2 relations`);
const pgliteOk = await onPglite();
const postgresOk = await onPostgres();
process.exit(pgliteOk && postgresOk ? 0 : 1);
