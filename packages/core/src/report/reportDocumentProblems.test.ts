// Tests of reportDocumentProblems: the sample document is well shaped, and each kind of bad shape
// is named with where it is.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { sampleReportDocument } from './fixtures/sampleReportDocument';
import type { ReportDocument } from './reportDocument';
import { reportDocumentProblems } from './reportDocumentProblems';

const base: ReportDocument = {
  title: 'Roadmap',
  subtitle: '',
  language: 'en',
  meta: { project: 'P', region: 'R', date: '2026-11-27' as IsoDate },
  sections: [],
};

describe('reportDocumentProblems', () => {
  it.each(['tr', 'en'] as const)(
    'finds nothing wrong with the sample document in %s, workshop section included',
    (language) => {
      expect(reportDocumentProblems(sampleReportDocument(language))).toEqual([]);
    },
  );

  it('names a short table row, a chart series of the wrong length, an empty list and an empty section', () => {
    const document: ReportDocument = {
      ...base,
      sections: [
        {
          title: 'Evidence',
          blocks: [
            { kind: 'table', columns: ['Cluster', 'LQ'], rows: [['Metal', 2.4], ['Textile']] },
            {
              kind: 'chart',
              chart: 'line',
              categories: ['2024', '2025'],
              series: [{ name: 'Firms', values: [3, 4, 5] }],
              valueFormat: 'integer',
              caption: 'Firms',
            },
            { kind: 'bullets', items: [] },
          ],
        },
        { title: ' ', blocks: [] },
      ],
    };
    expect(reportDocumentProblems(document)).toEqual([
      { section: 0, block: 0, problem: 'row 2 has 1 cells for 2 columns' },
      { section: 0, block: 1, problem: 'series "Firms" has 3 values for 2 categories' },
      { section: 0, block: 2, problem: 'the list is empty' },
      { section: 1, block: null, problem: 'the section has no title' },
      { section: 1, block: null, problem: 'the section has no block' },
    ]);
  });

  it('names a chart without series and a table without columns', () => {
    const document: ReportDocument = {
      ...base,
      sections: [
        {
          title: 'Empty parts',
          blocks: [
            { kind: 'table', columns: [], rows: [] },
            {
              kind: 'chart',
              chart: 'bar',
              categories: [],
              series: [],
              valueFormat: 'decimal',
              caption: '',
            },
          ],
        },
      ],
    };
    expect(reportDocumentProblems(document).map((entry) => entry.problem)).toEqual([
      'the table has no column',
      'the chart has no series',
    ]);
  });
});
