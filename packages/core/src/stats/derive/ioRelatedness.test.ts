import { describe, expect, it } from 'vitest';
import { type DirectRequirement } from '../../network/ioLinkages';
import { StatsInputError } from '../statsInputError';
import { ioRelatedness } from './ioRelatedness';

// IO industries A, B, C and a value-added row V. Columns (buyers): A buys 0.1 of A and 0.2 of B
// (0.3 of intermediate inputs); B buys 0.3 of A and 0.1 of C; C buys 0.05 of B and 0.05 of C.
const cells: DirectRequirement[] = [
  { supplier: 'A', industry: 'A', coefficient: 0.1 },
  { supplier: 'B', industry: 'A', coefficient: 0.2 },
  { supplier: 'V', industry: 'A', coefficient: 0.7 },
  { supplier: 'A', industry: 'B', coefficient: 0.3 },
  { supplier: 'C', industry: 'B', coefficient: 0.1 },
  { supplier: 'V', industry: 'B', coefficient: 0.6 },
  { supplier: 'B', industry: 'C', coefficient: 0.05 },
  { supplier: 'C', industry: 'C', coefficient: 0.05 },
  { supplier: 'V', industry: 'C', coefficient: 0.9 },
];
const codeOf: Record<string, string> = { x1: 'A', x2: 'A', x3: 'B', x4: 'C' };
const industries = ['x1', 'x2', 'x3', 'x4', 'x5'];
const at = (i: number, j: number) => i * 5 + j;

describe('ioRelatedness', () => {
  it('takes the largest of the four input and sales shares, by hand', () => {
    // Sizes A 100, B 50, C 200. Sales of A: 0.1 x 100 to A, 0.3 x 50 to B -> shares 0.4, 0.6.
    // Sales of B: 20 to A, 10 to C -> 2/3, 1/3. Sales of C: 5 to B, 10 to C -> 1/3, 2/3.
    // Inputs of A: 1/3 from A, 2/3 from B; of B: 0.75 from A, 0.25 from C; of C: 0.5 B, 0.5 C.
    // A-B = max(2/3, 0.75, 0.6, 2/3) = 0.75; A-C = 0; B-C = max(0.25, 0.5, 1/3, 1/3) = 0.5;
    // A with itself = max(1/3, 0.4) = 0.4 (x1 and x2 share code A).
    const output = new Map([
      ['A', 100],
      ['B', 50],
      ['C', 200],
    ]);
    const { measure, missing } = ioRelatedness(cells, industries, (c) => codeOf[c], { output });
    expect(missing).toEqual(['x5']);
    expect(measure.values[at(0, 2)]).toBeCloseTo(0.75, 12);
    expect(measure.values[at(2, 0)]).toBeCloseTo(0.75, 12);
    expect(measure.values[at(0, 3)]).toBe(0);
    expect(measure.values[at(2, 3)]).toBeCloseTo(0.5, 12);
    expect(measure.values[at(0, 1)]).toBeCloseTo(0.4, 12);
    expect(measure.values[at(3, 3)]).toBeCloseTo(2 / 3, 12);
  });

  it('weighs every buyer the same without sizes', () => {
    // Sales of B: 0.2 to A, 0.05 to C -> 0.8 to A, which beats every input share of the pair.
    const { measure } = ioRelatedness(cells, industries, (c) => codeOf[c]);
    expect(measure.values[at(0, 2)]).toBeCloseTo(0.8, 12);
  });

  it('gives an industry missing from the table a NaN row, not zeros, and lists it', () => {
    const { measure, missing } = ioRelatedness(cells, industries, (c) =>
      c === 'x4' ? 'Q' : codeOf[c],
    );
    expect(missing).toEqual(['x4', 'x5']);
    for (let j = 0; j < 5; j++) expect(Number.isNaN(measure.values[at(4, j)]!)).toBe(true);
    for (let j = 0; j < 5; j++) expect(Number.isNaN(measure.percentiles[at(3, j)]!)).toBe(true);
  });

  it('refuses a table where fewer than 2 industries are found, naming the missing ones', () => {
    expect(() => ioRelatedness(cells, ['x1', 'y', 'z'], (c) => codeOf[c])).toThrow(StatsInputError);
    expect(() => ioRelatedness(cells, ['x1', 'y', 'z'], (c) => codeOf[c])).toThrow(
      'input-output: fewer than 2 industries are in the input-output table (1 of 3); not found: y, z',
    );
  });

  it('refuses a coefficient that is not a number and a cell given twice', () => {
    const bad = [...cells, { supplier: 'A', industry: 'C', coefficient: Number.NaN }];
    expect(() => ioRelatedness(bad, industries, (c) => codeOf[c])).toThrow(
      'input-output: the coefficient of A for C is not a number',
    );
    const twice = [...cells, { supplier: 'a', industry: 'A', coefficient: 0.2 }];
    expect(() => ioRelatedness(twice, industries, (c) => codeOf[c])).toThrow(
      'input-output: a for A is given twice',
    );
  });
});
