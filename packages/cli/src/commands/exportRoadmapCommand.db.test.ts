// `kume export roadmap` and `kume export report` on a real database with the sample project: write
// a DOCX read back with its headings and action plan, a PDF when LibreOffice is there (exit 2
// without), and exit 2 naming the flag for every kind of bad input.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findSoffice, readDocx } from '@kume/io';
import { freshDatabaseFlags, type DatabaseFlags } from '../../test/freshDatabaseFlags';
import { runKume } from '../../test/runKume';

const hasSoffice = (await findSoffice()) !== null;

describe('kume export roadmap and report', () => {
  let database: DatabaseFlags;
  const dir = mkdtempSync(join(tmpdir(), 'kume-roadmap-'));
  const exportOf = (kind: string, ...args: string[]) =>
    runKume(['export', kind, '--project', 'sample', ...args, ...database.flags]);

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

  it("writes the sample's roadmap as a DOCX in English with its sections and action plan, and says so", async () => {
    const out = join(dir, 'roadmap.docx');
    const run = await exportOf('roadmap', '--lang', 'en', '--format', 'docx', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote .+roadmap\.docx: the roadmap of ".+" in English, 13 sections, DOCX, \d+ KB in \d+ ms\.\n$/,
    );
    const read = await readDocx(readFileSync(out));
    expect(read.invalidXml).toEqual([]);
    expect(read.headings.filter((h) => h.level === 1).map((h) => h.text)).toContain(
      '6. The action plan',
    );
    const overview = read.tables.find((table) => table[0]?.[1] === 'Action');
    expect(overview?.length).toBeGreaterThan(2);
  });

  it("writes the project report as DOCX from the --out extension, in the project's first language", async () => {
    const out = join(dir, 'report.docx');
    const run = await exportOf('report', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the project report of');
    expect(run.stdout).toContain('in Turkish');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it.runIf(hasSoffice)(
    'writes a PDF with --format pdf (needs LibreOffice)',
    async () => {
      const out = join(dir, 'roadmap.pdf');
      const run = await exportOf('roadmap', '--format', 'pdf', '--out', out);
      expect(run.code).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    180_000,
  );

  it('exits 2 for a PDF without LibreOffice, saying what to install, and writes nothing', async () => {
    const out = join(dir, 'nowhere.pdf');
    vi.stubEnv('PATH', '/nowhere');
    try {
      const run = await exportOf('roadmap', '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--format pdf: PDF needs LibreOffice');
      expect(existsSync(out)).toBe(false);
    } finally {
      vi.unstubAllEnvs();
      vi.stubEnv('DATABASE_URL', '');
    }
  });

  const refusals: [string, string, string[], string][] = [
    ['a missing --out', 'roadmap', [], '--out: give the file to write, e.g. --out roadmap.docx'],
    [
      'a bad --lang',
      'report',
      ['--lang', 'de'],
      '--lang: "de" is not a document language (tr or en)',
    ],
    [
      'a bad --format',
      'roadmap',
      ['--format', 'pptx'],
      '--format: "pptx" is not a document format (docx or pdf)',
    ],
    [
      'an --event, which only the deck takes',
      'roadmap',
      ['--event', 'x'],
      '--event is not an option of "kume export roadmap"',
    ],
  ];
  for (const [what, kind, args, message] of refusals) {
    it(`exits 2 for ${what}, saying so, and writes nothing`, async () => {
      const out = join(dir, `refused-${args.join('') || 'none'}.docx`);
      const run = await exportOf(
        kind,
        ...args,
        ...(what === 'a missing --out' ? [] : ['--out', out]),
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('exits 2 for an unknown project', async () => {
    const run = await runKume([
      'export',
      'report',
      '--project',
      'nowhere',
      '--out',
      join(dir, 'x.docx'),
      ...database.flags,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--project: no project has the slug "nowhere"');
  });
});
