// `kume stats` as a user runs it: the bin builds (or reuses) the cached bundle of the command line
// and runs the command from it, with the same help and exit codes as the sources through tsx.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/kume.mjs', import.meta.url));
const manifest = fileURLToPath(
  new URL('../../../../node_modules/.cache/kume-cli/manifest.json', import.meta.url),
);
const kume = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('the kume bin, stats commands', () => {
  it('builds the bundle when it has none, recording main.ts but no server code as inputs', () => {
    // Without a manifest the bin must build anew; the tsx fallback would leave none.
    rmSync(manifest, { force: true });
    const run = kume('stats', 'clusters', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kume stats clusters/);
    expect(existsSync(manifest)).toBe(true);
    const inputs = Object.keys(
      (JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: object }).inputs,
    );
    expect(inputs.some((file) => file.endsWith('packages/cli/src/main.ts'))).toBe(true);
    expect(inputs.some((file) => file.includes('packages/server/'))).toBe(false);
  });

  it('exits 2 for a missing required option', () => {
    const run = kume('stats', 'clusters', '--data', 'x.csv');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("required option '--definitions <file>' not specified");
  });
});
