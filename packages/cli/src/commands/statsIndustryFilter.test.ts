// The rows `kume stats` skips while reading never change a result: metrics computed from a table
// without them equal metrics from the whole table, for random hierarchical codes and definitions.

import { buildClusterDefinition } from '@kume/core/stats/clusterDefinition';
import { clusterMetricRows } from '@kume/core/stats/clusterMetricRows';
import { computeClusterMetrics } from '@kume/core/stats/clusterMetrics';
import { StatsTableBuilder } from '@kume/core/stats/statsTable';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { industriesUsedBy } from './statsIndustryFilter';

interface Row {
  region: string;
  industry: string;
  year: number;
  employment: number;
  flag: number;
}

/** A table of the rows `keep` accepts, regions registered for every row (as the reader does). */
function tableOf(rows: readonly Row[], keep: (code: string) => boolean = () => true) {
  const builder = new StatsTableBuilder();
  const seen = new Set<string>();
  for (const row of rows) {
    const region = builder.regionId(row.region);
    const key = `${row.region}|${row.industry}|${row.year}`;
    if (!keep(row.industry) || seen.has(key)) continue;
    seen.add(key);
    builder.push(
      region,
      builder.industryId(row.industry),
      row.year,
      row.employment,
      3,
      Number.NaN,
      row.flag,
    );
  }
  return builder.build();
}

// Codes over a small alphabet so that parents, children and CBP fillers meet.
const digits = fc.string({ unit: fc.constantFrom('1', '2'), minLength: 2, maxLength: 6 });
const code = fc.oneof(
  digits,
  digits.map((d) => d.padEnd(6, '-')),
  digits.map((d) => d.padEnd(6, '/')),
  fc.constant('------'),
  fc.constant('C'),
);

describe('industriesUsedBy', () => {
  it('drops "all industries", parents of definition codes and coarser codes', () => {
    const { definition } = buildClusterDefinition([
      { industry: '336411', cluster: 'A', type: 'traded' },
      { industry: '3361', cluster: 'B', type: 'traded' },
    ]);
    const keep = industriesUsedBy(definition);
    expect(['------', '33----', '336///', '31', 'C'].map(keep)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['336411', '3361//', '33611/', '999999', '3361'].map(keep)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('keeps every code but "all industries" for a definition of custom codes', () => {
    const { definition } = buildClusterDefinition([
      { industry: 'B-E', cluster: 'A', type: 'traded' },
    ]);
    const keep = industriesUsedBy(definition);
    expect(['B-E', 'C', '31', '------', 'TOTAL'].map(keep)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('leaves every computed row unchanged (property)', () => {
    const row = fc.record({
      region: fc.constantFrom('01', '02', '03', '04'),
      industry: code,
      year: fc.constantFrom(2010, 2011),
      employment: fc.nat(500),
      flag: fc.constantFrom(0, 0, 0, 65),
    });
    const definitionRow = fc.record({
      industry: digits,
      cluster: fc.constantFrom('A', 'B', 'C'),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 60 }),
        fc.array(definitionRow, { minLength: 1, maxLength: 6 }),
        (rows, definitionRows) => {
          const { definition } = buildClusterDefinition(
            definitionRows.map((d) => ({ ...d, type: d.cluster === 'C' ? 'local' : 'traded' })),
          );
          if (definition.clusters.length === 0) return;
          const all = computeClusterMetrics(tableOf(rows), definition);
          const filtered = computeClusterMetrics(
            tableOf(rows, industriesUsedBy(definition)),
            definition,
          );
          expect(clusterMetricRows(filtered)).toEqual(clusterMetricRows(all));
          // A year left without rows disappears from the table, so compare the totals per code.
          const totals = (m: typeof all) =>
            m.uncovered.industries.map(({ code, total }) => [code, total]);
          expect(totals(filtered)).toEqual(totals(all));
        },
      ),
      { numRuns: 300 },
    );
  });
});
