import { describe, expect, it } from 'vitest';
import { buildClusterDefinition, type ClusterDefinitionRow } from './clusterDefinition';
import { matchIndustries, NOT_COUNTED, UNCOVERED } from './matchIndustries';
import { type StatsRow, statsTableFromRows } from './statsTableFromRows';

function definitionOf(rows: Omit<ClusterDefinitionRow, 'type'>[]) {
  const built = buildClusterDefinition(rows.map((row) => ({ type: 'traded', ...row })));
  expect(built.errors).toEqual([]);
  return built.definition;
}

/** What each table code counts for in each year: a definition code, 'uncovered' or '-'. */
function decisions(rows: StatsRow[], definitionRows: Omit<ClusterDefinitionRow, 'type'>[]) {
  const table = statsTableFromRows(rows);
  const definition = definitionOf(definitionRows);
  const match = matchIndustries(table, definition);
  const result: Record<string, string[]> = {};
  table.industries.forEach((code, industry) => {
    result[code] = match.years.map((_, y) => {
      const target = match.target[industry * match.years.length + y] as number;
      if (target === UNCOVERED) return 'uncovered';
      if (target === NOT_COUNTED) return '-';
      return definition.industries[target]?.code ?? '?';
    });
  });
  return result;
}

const row = (industry: string, year = 2011): StatsRow => ({
  region: '01',
  industry,
  year,
  employment: 1,
});

describe('matchIndustries', () => {
  it('counts a 6-digit definition on 6-digit rows only, never also on their parents', () => {
    const result = decisions(
      ['------', '31----', '336///', '3364//', '33641/', '336411', '336412'].map((code) =>
        row(code),
      ),
      [{ industry: '336411', cluster: 'aero' }],
    );
    expect(result).toEqual({
      '------': ['-'],
      '31----': ['-'],
      '336///': ['-'],
      '3364//': ['-'],
      '33641/': ['-'],
      '336411': ['336411'],
      '336412': ['uncovered'],
    });
  });

  it('rolls finer codes up to a coarser definition at the nearest finer level present', () => {
    const result = decisions(
      ['33641/', '33642/', '336411', '336412', '336421'].map((code) => row(code)),
      [{ industry: '3364', cluster: 'aero' }],
    );
    expect(result).toEqual({
      '33641/': ['3364'],
      '33642/': ['3364'],
      '336411': ['-'],
      '336412': ['-'],
      '336421': ['-'],
    });
  });

  it('prefers the row at the definition code itself, deciding year by year', () => {
    const result = decisions(
      [row('3364', 2000), row('336411', 2000), row('336411', 2001), row('336412', 2001)],
      [{ industry: '3364', cluster: 'aero' }],
    );
    expect(result).toEqual({
      '3364': ['3364', '-'],
      '336411': ['-', '3364'],
      '336412': ['-', '3364'],
    });
  });

  it('matches NACE codes written with or without section letter and dots', () => {
    const result = decisions(
      [row('C24.51'), row('24.52'), row('2453')],
      [
        { industry: '24.51', cluster: 'metal' },
        { industry: 'C2452', cluster: 'metal' },
      ],
    );
    expect(result).toEqual({ 'C24.51': ['2451'], '24.52': ['2452'], '2453': ['uncovered'] });
  });

  it('reports uncovered codes at the definition level, or finer only when that level is missing', () => {
    const result = decisions(
      [
        row('5111', 2000),
        row('511110', 2000),
        row('511110', 2001),
        row('511120', 2001),
        row('51', 2001),
      ],
      [{ industry: '3364', cluster: 'aero' }],
    );
    expect(result).toEqual({
      '5111': ['uncovered', '-'],
      '511110': ['-', 'uncovered'],
      '511120': ['-', 'uncovered'],
      '51': ['-', '-'],
    });
  });

  it('rolls each code up to the longest definition code above it in a mixed-level definition', () => {
    const result = decisions(
      ['3364', '336411', '336111', '336112', '3361'].map((code) => row(code)),
      [
        { industry: '3364', cluster: 'aero' },
        { industry: '336111', cluster: 'auto' },
      ],
    );
    expect(result).toEqual({
      '3364': ['3364'],
      '336411': ['-'],
      '336111': ['336111'],
      '336112': ['uncovered'],
      '3361': ['-'],
    });
  });

  it('matches cluster codes used as industries exactly, whatever their length', () => {
    const codes = ['1', '10', '116'];
    const result = decisions(
      codes.map((code) => row(code)),
      codes.map((code) => ({ industry: code, cluster: `c${code}` })),
    );
    expect(result).toEqual({ '1': ['1'], '10': ['10'], '116': ['116'] });
  });

  it('with a definition of custom codes, matches exactly and reports every other code but the total', () => {
    const result = decisions(
      [row('AGRI'), row('TOURISM'), row('TOTAL')],
      [{ industry: 'agri', cluster: 'a' }],
    );
    expect(result).toEqual({ AGRI: ['AGRI'], TOURISM: ['uncovered'], TOTAL: ['-'] });
  });

  it('matches only the years asked for', () => {
    const table = statsTableFromRows([row('1', 2000), row('1', 2001), row('1', 2003)]);
    const match = matchIndustries(
      table,
      definitionOf([{ industry: '1', cluster: 'a' }]),
      [2003, 1999, 2000],
    );
    expect(match.years).toEqual([2000, 2003]);
    expect(Array.from(match.yearSlot)).toEqual([0, -1, -1, 1]);
  });
});
