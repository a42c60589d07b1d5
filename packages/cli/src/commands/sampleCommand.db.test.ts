// `kume sample` on a real database: creates the sample project, leaves an existing one alone,
// and recreates it with --reset.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabaseFlags, type DatabaseFlags } from '../../test/freshDatabaseFlags';
import { runKume } from '../../test/runKume';

describe('kume sample', () => {
  let database: DatabaseFlags;
  beforeAll(async () => {
    // The flags choose the database; a DATABASE_URL of the environment must not.
    vi.stubEnv('DATABASE_URL', '');
    database = await freshDatabaseFlags();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await database.cleanup();
  });

  it('creates the sample project with the slug "sample" and says what it holds', async () => {
    const run = await runKume(['sample', ...database.flags]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Created ".+" \(slug sample\): \d+ organisations, \d+ contacts, \d+ visits, \d+ commitment assessments\.\n$/,
    );
    const organisations = Number(/(\d+) organisations/.exec(run.stdout)?.[1]);
    expect(organisations).toBeGreaterThanOrEqual(50);
  });

  it('run again, it leaves the project alone and says to use --reset', async () => {
    const run = await runKume(['sample', ...database.flags]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('exists already');
    expect(run.stdout).toContain('--reset');
  });

  it('with --reset, it recreates the project', async () => {
    const run = await runKume(['sample', '--reset', ...database.flags]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Created ".+" \(slug sample\)/);
  });
});
