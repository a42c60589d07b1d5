// `kume network metrics` on small graphs whose values networkx gives: the output contract
// (columns, order, CSV and JSON, --out, the nodes file's attributes), warnings for self-loops and
// duplicates, and bad input ending with exit code 2 and `file:line:column: message`.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runKume } from '../../test/runKume';

const dir = mkdtempSync(join(tmpdir(), 'kume-network-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string, name = `f${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const metrics = (argv: string[]) => runKume(['network', 'metrics', ...argv]);

// A triangle a-b-c with a tail c-d; weights 2, 1, 1, 0.5. Values from networkx 2.8.
const weighted = file('source,target,weight\na,b,2\na,c,1\nb,c,1\nc,d,0.5\n');
const contract = [
  'node',
  'degree',
  'weighted_degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'clustering',
  'community',
];

describe('kume network metrics', () => {
  it('writes one CSV row per node in the contract column order, with networkx values', async () => {
    const run = await metrics(['--edges', weighted]);
    expect(run.stderr).not.toMatch(/warning/);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]!.split(',')).toEqual(contract);
    const rows = csv(run.stdout);
    expect(rows.map((r) => r.node)).toEqual(['a', 'b', 'c', 'd']);
    const column = (name: string) => rows.map((r) => Number(r[name]));
    expect(column('degree')).toEqual([2, 2, 3, 1]);
    expect(column('weighted_degree')).toEqual([3, 3, 2.5, 0.5]);
    expect(column('betweenness')).toEqual([0, 0, 2, 0]);
    expect(column('closeness')).toEqual([0.75, 0.75, 1, 0.6]);
    const eigenvector = [
      0.5227204550943347, 0.5227204550943347, 0.6116286437343044, 0.28184579793865727,
    ];
    column('eigenvector').forEach((value, i) => expect(value).toBeCloseTo(eigenvector[i]!, 5));
    expect(column('clustering')).toEqual([1, 1, 1 / 3, 0]);
    expect(new Set(column('community')).size).toBeGreaterThanOrEqual(1);
  });

  it('prints the summary on standard error: nodes, edges, density, components, modularity', async () => {
    const run = await metrics(['--edges', weighted]);
    expect(run.stderr).toMatch(
      /^kume: 4 nodes, 4 edges \(undirected\), density 0\.6667, 1 component \(0 isolates\), \d+ communit(y|ies), modularity -?\d\.\d{4}\n$/,
    );
  });

  it('adds in_degree and out_degree for a directed graph, with directed betweenness', async () => {
    const edges = file('from,to\na,b\nb,c\nc,a\nc,d\n');
    const run = await metrics(['--edges', edges, '--directed']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'node,degree,in_degree,out_degree,weighted_degree,betweenness,closeness,eigenvector,clustering,community',
    );
    const rows = csv(run.stdout);
    expect(
      rows.map((r) => [r.node, r.in_degree, r.out_degree, r.betweenness, r.clustering]),
    ).toEqual([
      ['a', '1', '1', '1', '0.5'],
      ['b', '1', '1', '2', '0.5'],
      ['c', '1', '2', '3', '0.16666666666666666'],
      ['d', '1', '0', '0', '0'],
    ]);
    expect(run.stderr).toMatch(/\(directed\).*reciprocity 0\.0000/);
  });

  it('writes JSON, an array of objects with the same keys, to --out', async () => {
    const out = join(dir, 'metrics.json');
    const run = await metrics(['--edges', weighted, '--format', 'json', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const rows = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
    expect(rows).toHaveLength(4);
    expect(Object.keys(rows[2]!)).toEqual(contract);
    expect(rows[2]).toMatchObject({ node: 'c', degree: 3, betweenness: 2, closeness: 1 });
  });

  it('keeps isolates and the attributes of a nodes file, in its order', async () => {
    const nodes = file(
      'id,type,degree\nd,firm,x\nc,university,y\na,firm,z\nb,chamber,w\ne,firm,v\n',
    );
    const run = await metrics(['--edges', weighted, '--nodes', nodes]);
    expect(run.code).toBe(0);
    const rows = csv(run.stdout);
    expect(rows.map((r) => [r.node, r.degree, r.type, r.degree_attribute])).toEqual([
      ['d', '1', 'firm', 'x'],
      ['c', '3', 'university', 'y'],
      ['a', '2', 'firm', 'z'],
      ['b', '2', 'chamber', 'w'],
      ['e', '0', 'firm', 'v'],
    ]);
    expect(rows[4]).toMatchObject({ betweenness: '0', closeness: '0', clustering: '0' });
    expect(run.stderr).toMatch(/2 components \(1 isolate\)/);
  });

  it('drops self-loops and merges duplicates, warning with counts and the first line', async () => {
    const edges = file('source,target,weight\na,b,1\nb,b,5\nb,a,2\na,c,1\nc,c,1\n');
    const run = await metrics(['--edges', edges]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `kume: warning: 2 self-loops (source = target) left out (first at ${edges}:3)`,
    );
    expect(run.stderr).toContain(
      `kume: warning: 1 duplicate edge merged into an earlier edge between the same nodes (either direction), weights summed (first at ${edges}:4)`,
    );
    const rows = csv(run.stdout);
    expect(rows.map((r) => [r.node, r.degree, r.weighted_degree])).toEqual([
      ['a', '2', '4'],
      ['b', '1', '3'],
      ['c', '1', '1'],
    ]);
  });

  const refusals: [string, () => string[], RegExp][] = [
    [
      'a missing target column',
      () => ['--edges', file('source,partner\na,b\n')],
      /:1:1: missing column target/,
    ],
    [
      'an empty source',
      () => ['--edges', file('source,target\na,b\n,c\n')],
      /:3:1: source is empty/,
    ],
    [
      'a non-numeric weight',
      () => ['--edges', file('source,target,weight\na,b,x\n')],
      /:2:3: weight: "x" is not a number/,
    ],
    [
      'a negative weight',
      () => ['--edges', file('source,target,weight\na,b,1\nb,c,-2\n')],
      /:3:3: weight: -2 is negative/,
    ],
    [
      'an edge to a node not in the nodes file',
      () => ['--edges', file('source,target\na,b\nb,z\n'), '--nodes', file('id\na\nb\n')],
      /:3:2: node "z" is not in the nodes file/,
    ],
    [
      'a repeated node id',
      () => ['--edges', weighted, '--nodes', file('id\na\na\n')],
      /:3:1: node "a" is listed twice/,
    ],
    [
      'an edges file that does not exist',
      () => ['--edges', join(dir, 'none.csv')],
      /--edges: .*none\.csv does not exist/,
    ],
    [
      'a --seed that is not a whole number',
      () => ['--edges', weighted, '--seed', '1.5'],
      /--seed: "1\.5" is not a whole number >= 0/,
    ],
    [
      '--threads 0',
      () => ['--edges', weighted, '--threads', '0'],
      /--threads: "0" is not a whole number >= 1/,
    ],
  ];
  it.each(refusals)(
    'exits 2 naming the place for %s, writing nothing',
    async (_, argv, message) => {
      const out = join(dir, `refused-${(files += 1)}.csv`);
      const run = await metrics([...argv(), '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('places errors as file:line:column, all of them', async () => {
    const edges = file('source,target,weight\na,b,-1\n,c,1\na,b,\n');
    const run = await metrics(['--edges', edges]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `kume: ${edges} was not read (nothing written):\n${edges}:2:3: weight: -1 is negative (weights are >= 0)\n${edges}:3:1: source is empty\n${edges}:4:3: weight is empty\n`,
    );
  });

  it('is listed in the help of kume and of kume network', async () => {
    expect((await runKume(['--help'])).stdout).toMatch(/network/);
    const help = await runKume(['network', 'metrics', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /--edges <file>.*--nodes <file>.*--directed.*--format.*--out.*--seed.*--threads/s,
    );
  });
});
