// `kume export deck` on a real database with the sample project: writes a PPTX (a zip of slides),
// still writes the bundle as before, and exits 2 naming the flag for every kind of bad input.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabaseFlags, type DatabaseFlags } from '../../test/freshDatabaseFlags';
import { runKume } from '../../test/runKume';

describe('kume export deck', () => {
  let database: DatabaseFlags;
  const dir = mkdtempSync(join(tmpdir(), 'kume-deck-'));
  const deck = (...args: string[]) =>
    runKume(['export', 'deck', '--project', 'sample', ...args, ...database.flags]);

  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', '');
    database = await freshDatabaseFlags();
    const sample = await runKume(['sample', ...database.flags]);
    if (sample.code !== 0) throw new Error(`kume sample failed: ${sample.stderr}`);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await database.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the sample project's deck as a PPTX: a zip with its slides, and says what it wrote", async () => {
    const out = join(dir, 'sample.pptx');
    const run = await deck('--lang', 'en', '--format', 'pptx', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The sample project has an Information Day: the deck is for it, the latest event.
    const slideCount = Number(
      /: (\d+) slides in English for ".+" \(\d{4}-\d{2}-\d{2}\);/.exec(run.stdout)?.[1],
    );
    expect(run.stdout).toMatch(/gather \d+ ms, build \d+ ms, write \d+ ms\.\n$/);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const slides = Object.keys(zip.files).filter((name) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(name),
    );
    expect(slides.length).toBeGreaterThan(5);
    expect(slides).toHaveLength(slideCount);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
  });

  it('takes the format from the --out extension when --format is not given', async () => {
    const out = join(dir, 'default.pptx');
    const run = await deck('--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('slides in Turkish');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('still writes the JSON bundle with "export" and "export bundle"', async () => {
    for (const kind of [[], ['bundle']]) {
      const run = await runKume(['export', ...kind, '--project', 'sample', ...database.flags]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ format: 'kume-project-bundle' });
    }
  });

  const refusals: [string, string[], string][] = [
    ['a missing --out', [], '--out: give the file to write'],
    ['a bad --lang', ['--lang', 'de'], '--lang: "de" is not a deck language (tr or en)'],
    ['a bad --format', ['--format', 'docx'], '--format: "docx" is not a deck format (pptx or pdf)'],
    ['an event id that is no id', ['--event', 'latest'], '--event: "latest" is not an event id'],
    [
      'an event the project does not have',
      ['--event', '00000000-0000-4000-8000-000000000000'],
      '--event: project "sample" has no event 00000000-0000-4000-8000-000000000000',
    ],
  ];
  for (const [what, args, message] of refusals) {
    it(`exits 2 for ${what}, saying so, and writes nothing`, async () => {
      const out = join(dir, `refused-${args.join('') || 'none'}.pptx`);
      const run = await deck(...args, ...(what === 'a missing --out' ? [] : ['--out', out]));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('exits 2 for an unknown project and an unknown kind of export', async () => {
    const project = await runKume([
      'export',
      'deck',
      '--project',
      'nowhere',
      '--out',
      join(dir, 'x.pptx'),
      ...database.flags,
    ]);
    expect(project.code).toBe(2);
    expect(project.stderr).toContain('--project: no project has the slug "nowhere"');
    const kind = await runKume(['export', 'slides', '--project', 'sample', ...database.flags]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('unknown export "slides": choose bundle or deck');
  });

  it('exits 2 for a deck option given to the bundle export', async () => {
    const run = await runKume(['export', '--project', 'sample', '--lang', 'en', ...database.flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang is not an option of "kume export bundle"');
  });
});
