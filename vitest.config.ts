// Test projects. `unit`: pure code (core, web logic, CLI parsing). `pglite` and `postgres`: the
// same database, API and CLI suites against embedded PGlite and a real PostgreSQL server
// (KUME_TEST_DATABASE_URL, started by scripts/test.mjs or .ci/run). `chromium`: end-to-end
// in a real Chromium. A project whose component is missing is left out with a message, unless
// KUME_REQUIRE_POSTGRES / KUME_REQUIRE_CHROMIUM say it must run (CI). The PDF tests need
// LibreOffice (`soffice`) and skip without it, unless KUME_REQUIRE_LIBREOFFICE is set (CI).

import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const chromiumPath = process.env.KUME_CHROMIUM ?? '/usr/bin/chromium';
const postgresUrl = process.env.KUME_TEST_DATABASE_URL;
const databaseSuites = [
  'packages/db/src/**/*.test.ts',
  'packages/server/src/**/*.test.ts',
  'packages/cli/src/**/*.db.test.ts',
];

const projects: TestProjectInlineConfiguration[] = [
  {
    test: {
      name: 'unit',
      include: [
        'packages/core/src/**/*.test.ts',
        'packages/io/src/**/*.test.ts',
        'packages/web/src/**/*.test.ts',
        'packages/cli/src/**/*.test.ts',
      ],
      exclude: ['packages/cli/src/**/*.db.test.ts'],
    },
  },
  {
    test: {
      name: 'pglite',
      include: databaseSuites,
      env: { KUME_TEST_BACKEND: 'pglite' },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
];

if (postgresUrl) {
  projects.push({
    test: {
      name: 'postgres',
      include: databaseSuites,
      env: { KUME_TEST_BACKEND: 'postgres' },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  });
} else if (process.env.KUME_REQUIRE_POSTGRES) {
  throw new Error(
    'KUME_REQUIRE_POSTGRES is set but KUME_TEST_DATABASE_URL is not: start PostgreSQL first (scripts/postgres.sh)',
  );
} else {
  console.warn(
    '[kume] PostgreSQL suite skipped: KUME_TEST_DATABASE_URL is not set (npm test starts a server when PostgreSQL is installed).',
  );
}

if (existsSync(chromiumPath)) {
  projects.push({
    test: {
      name: 'chromium',
      include: ['tests/e2e/**/*.test.ts'],
      env: { KUME_CHROMIUM: chromiumPath },
      testTimeout: 120_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  });
} else if (process.env.KUME_REQUIRE_CHROMIUM) {
  throw new Error(
    `KUME_REQUIRE_CHROMIUM is set but ${chromiumPath} does not exist: apt-get install chromium`,
  );
} else {
  console.warn(
    `[kume] Chromium end-to-end suite skipped: ${chromiumPath} not found (apt-get install chromium).`,
  );
}

const sofficeFound = (process.env.PATH ?? '')
  .split(':')
  .some((folder) => folder !== '' && existsSync(`${folder}/soffice`));
if (process.env.KUME_REQUIRE_LIBREOFFICE && !sofficeFound) {
  throw new Error(
    'KUME_REQUIRE_LIBREOFFICE is set but soffice is not on PATH: apt-get install libreoffice-impress libreoffice-writer',
  );
} else if (!sofficeFound) {
  console.warn(
    '[kume] PDF conversion tests skipped: soffice not found (apt-get install libreoffice-impress).',
  );
}

export default defineConfig({
  test: {
    projects,
    reporters: ['default', './scripts/countReporter.ts'],
  },
});
