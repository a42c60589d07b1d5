// `kume export` and `kume import` on real databases: a project goes out as one JSON bundle and
// comes back into another database with the same counts; a project that does not exist is bad
// input (exit 2).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProjectBundle } from '@kume/core';
import { freshDatabaseFlags, type DatabaseFlags } from '../../test/freshDatabaseFlags';
import { runKume } from '../../test/runKume';

/** How many of each kind of record a bundle holds. */
function counts(bundle: ProjectBundle) {
  return {
    organisations: bundle.organisations.length,
    contacts: bundle.organisations.reduce((n, o) => n + o.contacts.length, 0),
    visits: bundle.visits.length,
    followUps: bundle.visits.reduce((n, v) => n + v.followUps.length, 0),
    commitments: bundle.commitments.length,
    decisions: bundle.decisions.length,
  };
}

describe('kume export and import', () => {
  let source: DatabaseFlags;
  let target: DatabaseFlags;
  const dir = mkdtempSync(join(tmpdir(), 'kume-export-'));
  const bundleFile = join(dir, 'sample.json');

  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', '');
    source = await freshDatabaseFlags();
    target = await freshDatabaseFlags();
    const sample = await runKume(['sample', ...source.flags]);
    if (sample.code !== 0) throw new Error(`kume sample failed: ${sample.stderr}`);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await source.cleanup();
    await target.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('export --project sample --out F writes the bundle and says so on stderr', async () => {
    const run = await runKume([
      'export',
      '--project',
      'sample',
      '--out',
      bundleFile,
      ...source.flags,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`Wrote ${bundleFile}.\n`);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as ProjectBundle;
    expect(bundle).toMatchObject({ format: 'kume-project-bundle', version: 1 });
    expect(bundle.project.isSample).toBe(true);
    expect(bundle.organisations.length).toBeGreaterThanOrEqual(50);
  });

  it('import F into another database creates the project with the same counts', async () => {
    const run = await runKume(['import', bundleFile, ...target.flags]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported ".+" as project sample: /);
    expect(run.stdout).toContain('No account exists yet: the first administrator will own it.');

    const again = await runKume(['export', '--project', 'sample', ...target.flags]);
    expect(again.code).toBe(0);
    const original = JSON.parse(readFileSync(bundleFile, 'utf8')) as ProjectBundle;
    const copy = JSON.parse(again.stdout) as ProjectBundle;
    expect(counts(copy)).toEqual(counts(original));
    expect(copy.organisations.map((o) => o.name).sort()).toEqual(
      original.organisations.map((o) => o.name).sort(),
    );
    expect(copy.project).toEqual(original.project);
  });

  it('importing the same bundle again gets a new slug; --slug chooses it, a taken one exits 2', async () => {
    const second = await runKume(['import', bundleFile, ...target.flags]);
    expect(second.stdout).toContain('as project sample-2:');
    const chosen = await runKume(['import', bundleFile, '--slug', 'izmir-copy', ...target.flags]);
    expect(chosen.stdout).toContain('as project izmir-copy:');
    const taken = await runKume(['import', bundleFile, '--slug', 'izmir-copy', ...target.flags]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('--slug: a project with the slug "izmir-copy" exists already');
  });

  it('export --project nope exits 2 naming the option and the slug', async () => {
    const run = await runKume(['export', '--project', 'nope', ...source.flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kume: --project: no project has the slug "nope"\n');
    expect(run.stdout).toBe('');
  });
});
