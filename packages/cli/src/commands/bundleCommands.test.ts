// Reading project bundles for `kume import`: errors name the file and the place (line and column
// for broken JSON, the field path for a bad value), exit code 2, and nothing is opened or written.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKume } from '../../test/runKume';
import { UsageError } from '../usageError';
import { parseBundleText } from './parseBundleText';

const dir = mkdtempSync(join(tmpdir(), 'kume-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const validBundle = {
  format: 'kume-project-bundle',
  version: 1,
  project: { name: 'Bundle cluster' },
  organisations: [
    { key: 'o1', name: 'Ege Döküm', type: 'firm', contacts: [{ key: 'c1', name: 'Ayşe' }] },
  ],
  visits: [{ key: 'v1', visitedOn: '2026-11-20', level: 'local', organisationKeys: ['o1'] }],
  commitments: [{ organisationKey: 'o1', willingness: 4, influence: 3, assessedOn: '2026-11-20' }],
};

/** The UsageError `parseBundleText` throws for `text` (fails the test when it parses). */
function parseError(text: string, file = 'bundle.json'): UsageError {
  try {
    parseBundleText(text, file);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected the bundle to be refused');
}

function writeBundle(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('parseBundleText', () => {
  it('reads a valid bundle, filling defaults', () => {
    const bundle = parseBundleText(JSON.stringify(validBundle), 'ok.json');
    expect(bundle.project).toMatchObject({ name: 'Bundle cluster', isSample: false });
    expect(bundle.decisions).toEqual([]);
    expect(bundle.organisations[0]?.contacts[0]).toMatchObject({ consentToContact: false });
  });

  it('a bad organisation type names the file and the path organisations[0].type', () => {
    const text = JSON.stringify({
      ...validBundle,
      organisations: [{ ...validBundle.organisations[0], type: 'spaceship' }],
    });
    expect(parseError(text, 'team.json').message).toMatch(
      /^team\.json: not a Kume project bundle:\n {2}organisations\[0\]\.type: /,
    );
  });

  it('a visit naming an unknown organisation key names visits[0].organisationKeys[0]', () => {
    const text = JSON.stringify({
      ...validBundle,
      visits: [{ ...validBundle.visits[0], organisationKeys: ['nope'] }],
    });
    expect(parseError(text).message).toContain(
      'visits[0].organisationKeys[0]: no organisation has key "nope"',
    );
  });

  it('a file that is not a bundle at all says so', () => {
    expect(parseError('{"hello": "world"}').message).toMatch(/format/);
  });

  const broken: [string, string, number, number][] = [
    ['a missing comma', '{\n  "format": "kume-project-bundle"\n  "version": 1\n}', 3, 3],
    ['a trailing comma', '{\n  "version": 1,\n}', 3, 1],
    ['a bare word as a value', '{\n  "format": "x",\n  "version": oops\n}', 3, 14],
    ['a file cut short', '{\n  "format": "x",\n  "organisations": [\n', 4, 1],
    ['text after the JSON', '{}\n{}', 2, 1],
  ];
  for (const [what, text, line, column] of broken) {
    it(`malformed JSON (${what}) is reported at file:${line}:${column}`, () => {
      expect(parseError(text, 'broken.json').message).toMatch(
        new RegExp(`^broken\\.json:${line}:${column}: not valid JSON`),
      );
    });
  }

  it('names an unexpected token without quoting the text back', () => {
    expect(parseError('{\n  "version": oops\n}', 'token.json').message).toBe(
      "token.json:2:14: not valid JSON (Unexpected token 'o')",
    );
  });
});

describe('kume import of a bad bundle', () => {
  it('exits 2 with the file and the field path on stderr', async () => {
    const file = writeBundle(
      'bad-field.json',
      JSON.stringify({
        ...validBundle,
        organisations: [{ ...validBundle.organisations[0], type: 'spaceship' }],
      }),
    );
    const run = await runKume(['import', file, '--data-dir', join(dir, 'never-opened')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`kume: ${file}: not a Kume project bundle`);
    expect(run.stderr).toContain('organisations[0].type');
    expect(run.stdout).toBe('');
  });

  it('exits 2 with file:line:column for malformed JSON', async () => {
    const file = writeBundle('broken.json', '{\n  "format": "kume-project-bundle",\n  oops\n}\n');
    const run = await runKume(['import', file, '--data-dir', join(dir, 'never-opened')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`kume: ${file}:3:3: not valid JSON`);
  });

  it('exits 2 naming a file that does not exist', async () => {
    const file = join(dir, 'missing.json');
    const run = await runKume(['import', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`kume: ${file}: cannot read it (ENOENT)`);
  });

  it('exits 2 for a slug that is not lower-case letters, digits and dashes', async () => {
    const file = writeBundle('valid.json', JSON.stringify(validBundle));
    const run = await runKume(['import', file, '--slug', 'Not A Slug']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--slug: "Not A Slug" must be lower-case');
  });
});
