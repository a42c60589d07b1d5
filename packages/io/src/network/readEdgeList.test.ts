// Reading edge lists and nodes files: headings in English and Turkish, weights, XLSX, self-loops
// and duplicates counted, and every bad input refused with file:line:column; 100,000 edges fast.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTable } from '../spreadsheet/writeTable';
import { formatRowError } from '../statistics/statsRowError';
import { readEdgeList, type EdgeListResult } from './readEdgeList';

const dir = mkdtempSync(join(tmpdir(), 'kume-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (content: string | Buffer, name = `e${(files += 1)}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** The errors as the command line prints them. */
const messages = (result: EdgeListResult) =>
  result.errors.map((error) => formatRowError(error.file, error));

describe('readEdgeList', () => {
  it('reads source, target and weight into columns, nodes in order of first appearance', async () => {
    const result = await readEdgeList(file('source,target,weight\na,b,2\nb,c,0.5\nd,a,0\n'));
    expect(result.errors).toEqual([]);
    const edges = result.edgeList!;
    expect(edges.nodeIds).toEqual(['a', 'b', 'c', 'd']);
    expect(edges.sources).toEqual(['a', 'b', 'd']);
    expect(edges.targets).toEqual(['b', 'c', 'a']);
    expect([...edges.weights]).toEqual([2, 0.5, 0]);
    expect(edges.weighted).toBe(true);
    expect(edges.nodes).toBeNull();
  });

  it('gives every edge weight 1 without a weight column, and reads from/to headings', async () => {
    const edges = (await readEdgeList(file('From,To\nx,y\ny,z\n'))).edgeList!;
    expect([...edges.weights]).toEqual([1, 1]);
    expect(edges.weighted).toBe(false);
    expect(edges.sources).toEqual(['x', 'y']);
  });

  it('reads Turkish headings, semicolons and decimal commas', async () => {
    const edges = (await readEdgeList(file('Kaynak;Hedef;Ağırlık\nDöküm A.Ş.;Makine;2,5\n')))
      .edgeList!;
    expect(edges.sources).toEqual(['Döküm A.Ş.']);
    expect([...edges.weights]).toEqual([2.5]);
  });

  it('reads an XLSX workbook', async () => {
    const bytes = await writeTable(
      'xlsx',
      ['source', 'target', 'weight'],
      [
        ['a', 'b', '3'],
        ['b', 'c', '1'],
      ],
      'edges',
    );
    const edges = (await readEdgeList(file(Buffer.from(bytes), 'edges.xlsx'))).edgeList!;
    expect(edges.targets).toEqual(['b', 'c']);
    expect([...edges.weights]).toEqual([3, 1]);
  });

  it('drops self-loops (keeping their node) and merges duplicates, summing weights, with counts and first lines', async () => {
    const path = file('source,target,weight\na,b,1\nc,c,4\nb,a,2\na,b,3\nb,c,1\n');
    const undirected = (await readEdgeList(path)).edgeList!;
    expect(undirected.nodeIds).toEqual(['a', 'b', 'c']);
    expect(undirected.sources).toEqual(['a', 'b']);
    expect([...undirected.weights]).toEqual([6, 1]);
    expect(undirected.selfLoops).toEqual({ count: 1, firstLine: 3 });
    expect(undirected.duplicates).toEqual({ count: 2, firstLine: 4 });
    const directed = (await readEdgeList(path, { directed: true })).edgeList!;
    expect(directed.sources).toEqual(['a', 'b', 'b']);
    expect(directed.targets).toEqual(['b', 'a', 'c']);
    expect([...directed.weights]).toEqual([4, 2, 1]);
    expect(directed.duplicates).toEqual({ count: 1, firstLine: 5 });
  });

  it('takes the node order and attributes from a nodes file, isolates included', async () => {
    const nodesPath = file('id,type,stage\nb,firm,casting\na,university,\nz,chamber,support\n');
    const result = await readEdgeList(file('source,target\na,b\n'), { nodesPath });
    const edges = result.edgeList!;
    expect(edges.nodeIds).toEqual(['b', 'a', 'z']);
    expect(edges.nodes?.attributes).toEqual([
      { name: 'type', values: ['firm', 'university', 'chamber'] },
      { name: 'stage', values: ['casting', '', 'support'] },
    ]);
  });

  it('refuses edges to nodes not in the nodes file, naming file, line and column', async () => {
    const nodesPath = file('node\na\nb\n');
    const edgesPath = file('weight,source,target\n1,a,b\n1,b,q\n1,r,a\n');
    const result = await readEdgeList(edgesPath, { nodesPath });
    expect(result.edgeList).toBeNull();
    expect(messages(result)).toEqual([
      `${edgesPath}:3:3: node "q" is not in the nodes file ${nodesPath}`,
      `${edgesPath}:4:2: node "r" is not in the nodes file ${nodesPath}`,
    ]);
  });

  it('refuses negative, non-numeric and empty weights and empty ids, all of them, nothing read', async () => {
    const path = file('source,target,weight\na,b,-1\na,c,heavy\n,c,1\na,,1\na,d,\n');
    const result = await readEdgeList(path);
    expect(result.edgeList).toBeNull();
    expect(messages(result)).toEqual([
      `${path}:2:3: weight: -1 is negative (weights are >= 0)`,
      `${path}:3:3: weight: "heavy" is not a number`,
      `${path}:4:1: source is empty`,
      `${path}:5:2: target is empty`,
      `${path}:6:3: weight is empty`,
    ]);
  });

  it('names the missing columns and the headings it found', async () => {
    const path = file('firm,partner\na,b\n');
    expect(messages(await readEdgeList(path))).toEqual([
      `${path}:1:1: missing columns source, target (an edge list has source, target[, weight], or from, to, or kaynak, hedef[, ağırlık]; the heading row has: firm, partner)`,
    ]);
  });

  it('refuses an empty file, a file with only headings, and a bad nodes file', async () => {
    expect(messages(await readEdgeList(file('')))[0]).toMatch(/:1:1: e\d+\.csv is empty$/);
    expect(messages(await readEdgeList(file('source,target\n')))[0]).toMatch(
      /:2:1: the edge list has no edges$/,
    );
    const nodesPath = file('id,type\na,firm\n,firm\na,chamber\n');
    expect(messages(await readEdgeList(file('source,target\na,b\n'), { nodesPath }))).toEqual([
      `${nodesPath}:3:1: the node id is empty`,
      `${nodesPath}:4:1: node "a" is listed twice (first on line 2)`,
    ]);
    const noId = file('name\na\n');
    expect(
      messages(await readEdgeList(file('source,target\na,b\n'), { nodesPath: noId }))[0],
    ).toMatch(/:1:1: missing column id/);
  });

  it('lists the first errors and counts the rest', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `n${i},,1`).join('\n');
    const result = await readEdgeList(file(`source,target,weight\n${rows}\n`), { maxErrors: 100 });
    expect(result.errors).toHaveLength(100);
    expect(result.moreErrors).toBe(50);
  });

  it('reads 100,000 edges in well under a second', async () => {
    const lines = ['source,target,weight'];
    let state = 12345;
    // xorshift32: a fixed pseudo-random sequence of node numbers below 20,000.
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % 20_000;
    };
    for (let i = 0; i < 100_000; i += 1) lines.push(`node${next()},node${next()},${(i % 7) + 0.5}`);
    const path = file(`${lines.join('\n')}\n`);
    const started = performance.now();
    const edges = (await readEdgeList(path)).edgeList!;
    const elapsed = performance.now() - started;
    const merged = edges.duplicates.count + edges.selfLoops.count;
    expect(edges.sources.length + merged).toBe(100_000);
    expect(edges.nodeIds.length).toBeGreaterThan(19_000);
    expect(elapsed).toBeLessThan(1000);
  });
});
