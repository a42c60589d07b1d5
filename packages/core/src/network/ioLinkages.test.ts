import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type DirectRequirement, ioLinkages } from './ioLinkages';

const cell = (supplier: string, industry: string, coefficient: number): DirectRequirement => ({
  supplier,
  industry,
  coefficient,
});

// Cluster industries A and B; suppliers S1 to S3; V1 a value-added row; A also buys from itself.
const table = [
  cell('S1', 'A', 0.2),
  cell('S1', 'B', 0.1),
  cell('S2', 'A', 0.05),
  cell('S3', 'B', 0.3),
  cell('V1', 'A', 0.4),
  cell('A', 'A', 0.1),
  cell('S2', 'C', 0.9),
];

describe('ioLinkages', () => {
  it('ranks suppliers by the plain mean coefficient over the cluster industries, ties by code', () => {
    const { suppliers, found, missing } = ioLinkages(table, ['a', 'B', 'Z'], { exclude: ['v1'] });
    expect(suppliers.map((s) => [s.industry, s.coefficient])).toEqual([
      ['S1', 0.15000000000000002],
      ['S3', 0.15],
      ['S2', 0.025],
    ]);
    expect(suppliers.map((s) => s.share)).toEqual([
      0.15000000000000002 / 0.325,
      0.15 / 0.325,
      0.025 / 0.325,
    ]);
    expect(suppliers[0]?.byClusterIndustry).toEqual(
      new Map([
        ['A', 0.2],
        ['B', 0.1],
      ]),
    );
    expect(found).toEqual(['A', 'B']);
    expect(missing).toEqual(['Z']);
  });

  it('weights the cluster industries by their output when given', () => {
    const weights = new Map([
      ['A', 3],
      ['B', 1],
    ]);
    const { suppliers } = ioLinkages(table, ['A', 'B'], { weights, exclude: ['V1'], top: 2 });
    expect(suppliers.map((s) => [s.industry, s.coefficient])).toEqual([
      ['S1', (3 * 0.2 + 0.1) / 4],
      ['S3', 0.3 / 4],
    ]);
  });

  it('counts the cluster industries as suppliers only when asked', () => {
    const without = ioLinkages(table, ['A', 'B']).suppliers.map((s) => s.industry);
    expect(without).toEqual(['V1', 'S1', 'S3', 'S2']);
    const withSelf = ioLinkages(table, ['A', 'B'], { includeClusterIndustries: true });
    expect(withSelf.suppliers.find((s) => s.industry === 'A')?.coefficient).toBe(0.05);
  });

  it('returns no supplier when no cluster industry is in the table or all weigh 0', () => {
    expect(ioLinkages(table, ['Z']).suppliers).toEqual([]);
    expect(ioLinkages(table, ['A'], { weights: new Map([['B', 1]]) }).suppliers).toEqual([]);
  });

  it('rejects a coefficient that is no number, a cell given twice and a negative weight', () => {
    expect(() => ioLinkages([cell('S1', 'A', Number.NaN)], ['A'])).toThrow(
      'the coefficient of S1 for A is not a number',
    );
    expect(() => ioLinkages([cell('S1', 'A', 0.1), cell('s1', 'a', 0.2)], ['A'])).toThrow(
      'S1 for A is given twice',
    );
    expect(() => ioLinkages(table, ['A'], { weights: new Map([['A', -1]]) })).toThrow(
      'the weight of A is not a number of 0 or more: -1',
    );
  });
});

const bea = fileURLToPath(
  new URL('../../../../../shared/data/bea-io-1997/IODirectRequirements.txt', import.meta.url),
);

describe.skipIf(!existsSync(bea))(
  'the BEA 1997 direct requirements (needs ../shared/data/bea-io-1997)',
  () => {
    // Layout (FIODirectRequirements.txt): commodity code, industry code, table number 5, coefficient.
    const requirements = (): DirectRequirement[] =>
      readFileSync(bea, 'utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const [supplier = '', industry = '', , coefficient = ''] = line.split(',');
          return cell(supplier, industry, Number(coefficient));
        });
    const valueAdded = ['V001', 'V002', 'V003'];

    it('finds metal and mining industries among the foundries’ top suppliers', () => {
      const { suppliers, missing } = ioLinkages(requirements(), ['3315'], {
        exclude: valueAdded,
        top: 20,
      });
      expect(missing).toEqual([]);
      // Nonferrous metal production (331B) first, at the published 0.1188 per dollar of output.
      expect(suppliers[0]).toMatchObject({ industry: '331B', coefficient: 0.1188 });
      const codes = suppliers.map((s) => s.industry);
      expect(codes).toContain('331A'); // iron and steel mills
      expect(codes).toContain('2122'); // metal ores mining
      expect(codes).toContain('2123'); // nonmetallic mineral mining (foundry sand)
      expect(codes).not.toContain('V001');
    });

    it('averages the foundries and machinery industries equally, matching the table’s cells', () => {
      const cluster = ['3315', '3332', '3335'];
      const cells = requirements();
      const { suppliers } = ioLinkages(cells, cluster, { exclude: valueAdded, top: 5 });
      for (const s of suppliers) {
        const own = cluster.map(
          (industry) =>
            cells.find((c) => c.supplier === s.industry && c.industry === industry)?.coefficient ??
            0,
        );
        expect(s.coefficient, s.industry).toBeCloseTo((own[0]! + own[1]! + own[2]!) / 3, 12);
      }
      expect(suppliers.map((s) => s.industry)).toContain('331A');
    });
  },
);
