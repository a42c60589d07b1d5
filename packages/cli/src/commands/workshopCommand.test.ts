// `kume workshop ahp` on Saaty's published examples: the JSON and CSV contracts, --out, the warning
// above a 0.10 consistency ratio, and bad input ending with exit code 2 and `file:line:column`.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKume } from '../../test/runKume';

const dir = mkdtempSync(join(tmpdir(), 'kume-workshop-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string, name = `m${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const ahp = (argv: string[]) => runKume(['workshop', 'ahp', ...argv]);

// Saaty (1990), EJOR 48, 9-26, choosing a house: houses compared on size of house, upper triangle
// only. Published: .754 .181 .065, lambda max 3.136, C.I. 0.068, C.R. 0.117 (above 0.10).
const houseSize = file(',A,B,C\nA,1,6,8\nB,,1,4\nC,,,1\n');

// Saaty (2008), Int. J. Services Sciences 1(1): drink consumption in the United States, semicolon
// separated with decimal commas. Published: .177 .019 .042 .116 .190 .129 .327, C.R. 0.022.
const drinks = file(
  [
    'İçecek;Kahve;Şarap;Çay;Bira;Gazoz;Süt;Su',
    'Kahve;1;9;5;2;1;1;0,5',
    'Şarap;1/9;1;1/3;1/9;1/9;1/9;1/9',
    'Çay;1/5;3;1;1/3;1/4;1/3;1/9',
    'Bira;0,5;9;3;1;0,5;1;1/3',
    'Gazoz;1;9;4;2;1;2;0,5',
    'Süt;1;9;3;1;0,5;1;1/3',
    'Su;2;9;9;3;2;3;1',
    '',
  ].join('\n'),
);

const round3 = (weights: Record<string, number>) =>
  Object.fromEntries(Object.entries(weights).map(([name, w]) => [name, Number(w.toFixed(3))]));

describe('kume workshop ahp', () => {
  it("writes JSON with Saaty's drink weights in the file's order and no warning at CR 0.022", async () => {
    const run = await ahp(['--matrix', drinks]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual([
      'weights',
      'lambda_max',
      'consistency_index',
      'consistency_ratio',
    ]);
    const weights = output.weights as Record<string, number>;
    expect(Object.keys(weights)).toEqual(['Kahve', 'Şarap', 'Çay', 'Bira', 'Gazoz', 'Süt', 'Su']);
    expect(Object.values(round3(weights))).toEqual([
      0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327,
    ]);
    expect((output.consistency_ratio as number).toFixed(3)).toBe('0.022');
  });

  it('adds most_inconsistent and a warning above a 0.10 ratio, also on standard error', async () => {
    const run = await ahp(['--matrix', houseSize]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      weights: Record<string, number>;
      lambda_max: number;
      consistency_index: number;
      consistency_ratio: number;
      most_inconsistent: { row: string; column: string; judged: number; implied: number };
      warning: string;
    };
    expect(round3(output.weights)).toEqual({ A: 0.754, B: 0.181, C: 0.065 });
    expect(output.lambda_max.toFixed(3)).toBe('3.136');
    expect(output.consistency_index.toFixed(3)).toBe('0.068');
    expect(output.consistency_ratio.toFixed(3)).toBe('0.117');
    expect(output.most_inconsistent).toMatchObject({
      row: expect.any(String),
      judged: expect.any(Number),
    });
    expect(output.warning).toMatch(
      /^consistency ratio 0\.117 is above 0\.10: revisit the judgements, first \w against \w/,
    );
    expect(run.stderr).toBe(`kume: warning: ${output.warning}\n`);
  });

  it('writes CSV: criterion,weight rows, a blank line, then the summary lines', async () => {
    const run = await ahp(['--matrix', houseSize, '--format', 'csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const rounded = lines
      .slice(0, 4)
      .map((line) => line.replace(/,([\d.]+)$/, (_, w: string) => `,${Number(w).toFixed(3)}`));
    expect(rounded).toEqual(['criterion,weight', 'A,0.754', 'B,0.181', 'C,0.065']);
    expect(lines[4]).toBe('');
    expect(lines.slice(5, 8).map((line) => line.split(',')[0])).toEqual([
      'lambda_max',
      'consistency_index',
      'consistency_ratio',
    ]);
    expect(lines[8]).toMatch(/^most_inconsistent,"?\w against \w: judged/);
    expect(lines[9]).toMatch(/^warning,"consistency ratio 0\.117/);
  });

  it('writes to --out, quoting names and neutralising formulas in CSV', async () => {
    const out = join(dir, 'weights.csv');
    const matrix = file(',"Cost, total",=SUM(1)\n"Cost, total",1,3\n=SUM(1),,1\n');
    const run = await ahp(['--matrix', matrix, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8').split('\n').slice(0, 3)).toEqual([
      'criterion,weight',
      '"Cost, total",0.75',
      "'=SUM(1),0.25",
    ]);
  });

  it('ends with exit code 2 and file:line:column for a cell that is not a number', async () => {
    const matrix = file(',a,b\na,1,three\nb,,1\n');
    const run = await ahp(['--matrix', matrix]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${matrix}:2:3: "three" is not a number`);
  });

  it('ends with exit code 2 for names that differ and for a missing file', async () => {
    const matrix = file(',a,b\na,1,2\nc,,1\n');
    expect((await ahp(['--matrix', matrix])).stderr).toContain(`${matrix}:3:1: names differ`);
    const missing = await ahp(['--matrix', join(dir, 'none.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--matrix: .*none\.csv does not exist/);
  });

  it('refuses a format other than json or csv', async () => {
    const run = await ahp(['--matrix', houseSize, '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are json, csv/);
  });
});
