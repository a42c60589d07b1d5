// The BEA 1997 summary codes placed by NAICS prefix: letter codes, construction and the
// information sector of later NAICS vintages, and coverage of the benchmark's traded industries.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prefixConcordance } from '@kume/core/stats/derive/prefixConcordance';
import { describe, expect, it } from 'vitest';
import { BEA_1997_SUMMARY_PREFIXES } from './beaSummaryPrefixes';

const data = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
const codes = `${data}bea-io-1997/IO-CodeSummary.txt`;
const crosswalk = `${data}cluster-definitions/NAICS_crosswalks_to_Cluster_system__Emsi_NAICS_to_Porter_Cluster.csv`;

describe.skipIf(!existsSync(codes) || !existsSync(crosswalk))(
  'BEA_1997_SUMMARY_PREFIXES with the BEA summary codes (needs ../shared/data)',
  () => {
    const ioCodes = readFileSync(codes, 'utf8')
      .split('\n')
      .map((line) => /^"([^"]+)"/.exec(line)?.[1])
      .filter((code): code is string => code !== undefined);
    const ioCodeOf = prefixConcordance(ioCodes, { prefixes: BEA_1997_SUMMARY_PREFIXES });

    it('lists only codes of the BEA summary table', () => {
      for (const code of BEA_1997_SUMMARY_PREFIXES.keys()) expect(ioCodes).toContain(code);
    });

    it('places NAICS codes as BEA concordance NAICS-IO.xls does, and later vintages where they moved', () => {
      expect(ioCodeOf('331111')).toBe('331A'); // iron and steel mills
      expect(ioCodeOf('331312')).toBe('331B'); // primary aluminium
      expect(ioCodeOf('331511')).toBe('3315'); // foundries: the longer prefix wins
      expect(ioCodeOf('332992')).toBe('332A'); // ammunition
      expect(ioCodeOf('332911')).toBe('332B'); // valves
      expect(ioCodeOf('336411')).toBe('3364');
      expect(ioCodeOf('311111')).toBe('3110');
      expect(ioCodeOf('454111')).toBe('4A00'); // electronic shopping, retail
      expect(ioCodeOf('517110')).toBe('5133'); // telecommunications, NAICS 2007
      expect(ioCodeOf('515120')).toBe('5131'); // television broadcasting, NAICS 2002
      expect(ioCodeOf('518210')).toBe('5142'); // data processing, NAICS 2007
      expect(ioCodeOf('236220')).toBe('2302'); // commercial building construction
    });

    it('places every traded 6-digit NAICS code of the benchmark crosswalk but a few', () => {
      const traded = readFileSync(crosswalk, 'utf8')
        .split(/\r?\n/)
        .map((line) => line.split(','))
        .filter((cells) => cells[1] === 'Traded' && /^\d{6}$/.test(cells[0]!.trim()))
        .map((cells) => cells[0]!.trim());
      const unplaced = traded.filter((code) => ioCodeOf(code) === undefined);
      expect(traded.length).toBeGreaterThan(600);
      // Government and postal codes of the crosswalk (Emsi's 9xxxxx) have no summary code.
      expect(unplaced.every((code) => code.startsWith('9'))).toBe(true);
    });
  },
);
