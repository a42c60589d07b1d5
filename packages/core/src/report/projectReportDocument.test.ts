// Tests of projectReportDocument: every stage in order in both languages, charts where they help,
// each missing part saying so and where in Kume to do it, the gate's decision or its absence, and
// the roadmap document's sections taken in as the roadmap stage's subsections.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import {
  emptyProjectReportInput,
  richProjectReportInput,
  undecidedProjectReportInput,
} from './fixtures/projectReportInput';
import { projectReportDocument } from './projectReportDocument';
import type { ProjectReportInput } from './projectReportInput';
import { PROJECT_REPORT_WORDS } from './projectReportWords';
import type { ReportBlock, ReportDocument, ReportSection } from './reportDocument';
import { reportDocumentProblems } from './reportDocumentProblems';

const TITLES = {
  en: [
    '1. Summary',
    '2. Stakeholder visits and the readiness gate',
    '3. Field study',
    '4. Information Day',
    '5. Working group workshops',
    '6. Roadmap',
  ],
  tr: [
    '1. Özet',
    '2. Paydaş ziyaretleri ve hazırlık kapısı',
    '3. Saha çalışması',
    '4. Bilgi Günü',
    '5. Çalışma grubu çalıştayları',
    '6. Yol haritası',
  ],
};

const section = (document: ReportDocument, number: number): ReportSection =>
  document.sections[number - 1]!;
const headings = (part: ReportSection) =>
  part.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
const notes = (part: ReportSection) =>
  part.blocks.filter(
    (block): block is Extract<ReportBlock, { kind: 'note' }> => block.kind === 'note',
  );
const charts = (document: ReportDocument) =>
  document.sections.flatMap((part) =>
    part.blocks.filter(
      (block): block is Extract<ReportBlock, { kind: 'chart' }> => block.kind === 'chart',
    ),
  );
const text = (part: ReportSection) =>
  part.blocks
    .map((block) =>
      block.kind === 'paragraph' || block.kind === 'heading'
        ? block.text
        : block.kind === 'note'
          ? `${block.title ?? ''} ${block.text}`
          : block.kind === 'table'
            ? block.rows.map((row) => row.join(' | ')).join('\n')
            : block.kind === 'keyValues'
              ? block.items.map((item) => `${item.key}: ${item.value}`).join('\n')
              : '',
    )
    .join('\n');
/** The summary's stage table as [stage, status] pairs. */
const statuses = (document: ReportDocument) => {
  const table = section(document, 1).blocks.find((block) => block.kind === 'table');
  return table?.kind === 'table' ? table.rows.map((row) => [row[0], row[1]]) : [];
};

describe('projectReportDocument', () => {
  it.each(['en', 'tr'] as const)(
    'gives the summary and the five stages in the order of the process, numbered, in %s',
    (language) => {
      const document = projectReportDocument(richProjectReportInput(language), language);
      expect(document.sections.map((part) => part.title)).toEqual(TITLES[language]);
      expect(document.title).toBe(PROJECT_REPORT_WORDS[language].title);
      expect(document.meta).toEqual({
        project: 'İzmir Makine ve Döküm Kümesi',
        region: 'İzmir (TR31)',
        date: '2025-11-26',
        organisation: 'İzmir Kalkınma Ajansı',
      });
      expect(document.logo?.mediaType).toBe('image/png');
      expect(reportDocumentProblems(document)).toEqual([]);
    },
  );

  it('numbers each stage’s parts and names them in the field study: research, map, gaps, group', () => {
    const document = projectReportDocument(richProjectReportInput('en'), 'en');
    expect(headings(section(document, 3))).toEqual([
      '3.1 Secondary research: the region’s clusters',
      '3.2 Primary research: questionnaires and interviews',
      'What firms told us',
      '3.3 The cluster map',
      'The most connected organisations',
      '3.4 Gaps in the value chain',
      '3.5 The working group',
    ]);
    expect(headings(section(document, 2))).toEqual([
      '2.1 The registry',
      '2.2 Visits',
      '2.3 Commitment',
      '2.4 The readiness gate',
    ]);
  });

  it('charts the clusters by LQ, the registry by type, willingness and the businesses reached by stage', () => {
    const input = richProjectReportInput('en');
    const document = projectReportDocument(input, 'en');
    const byCaption = new Map(charts(document).map((chart) => [chart.caption, chart]));
    const statistics = input.deck.statistics!;
    expect(
      byCaption.get(
        `${statistics.region.name}: clusters by location quotient (LQ), ${statistics.lastYear}`,
      ),
    ).toMatchObject({
      chart: 'bar',
      categories: statistics.clusters.map((cluster) => cluster.name),
      series: [{ name: 'LQ', values: statistics.clusters.map((cluster) => cluster.lq) }],
      valueFormat: 'decimal',
    });
    expect(byCaption.get('Organisations by type: registered, visited and committed')).toMatchObject(
      {
        categories: ['Firm', 'Chamber or association', 'University', 'Public agency'],
        series: [
          { name: 'Registered', values: [24, 1, 1, 1] },
          { name: 'Visited', values: [18, 1, 1, 0] },
          { name: 'Committed', values: [18, 1, 1, 0] },
        ],
      },
    );
    expect(byCaption.get('Assessed organisations by their latest willingness')?.series).toEqual([
      { name: 'Organisations', values: [1, 3, 0, 12, 8] },
    ]);
    // Stages with nobody are left off; unplaced organisations are named so.
    expect(byCaption.get('Registered organisations by value-chain stage')?.categories).toEqual([
      'Casting',
      'Machining',
      'Not placed on the chain',
    ]);
    const reached = byCaption.get('Businesses reached by value-chain stage');
    expect(reached?.categories).toEqual(
      input.deck.fieldStudy!.byStage.filter((entry) => entry.count > 0).map((entry) => entry.label),
    );
  });

  it('says in every stage of an empty project what is not available and where in Kume to do it', () => {
    for (const language of ['en', 'tr'] as const) {
      const words = PROJECT_REPORT_WORDS[language];
      const document = projectReportDocument(emptyProjectReportInput(), language);
      expect(reportDocumentProblems(document)).toEqual([]);
      const where = (place: keyof typeof words.places) =>
        `${words.whereInKume}: ${words.places[place]}`;
      const expected: [number, string[]][] = [
        [2, [where('organisations'), where('visits'), where('readiness')]],
        [
          3,
          [
            where('statisticsData'),
            where('questionnaires'),
            where('relations'),
            where('workingGroup'),
          ],
        ],
        [4, [where('events')]],
        [5, [where('workshops')]],
        [6, [where('roadmap')]],
      ];
      for (const [number, places] of expected) {
        const found = notes(section(document, number));
        expect(found.every((note) => note.title === words.notAvailable)).toBe(true);
        for (const place of places)
          expect(
            found.some((note) => note.text.endsWith(place)),
            `${number}: ${place}`,
          ).toBe(true);
      }
      expect(statuses(document).map(([, status]) => status)).toEqual(
        Array(5).fill(words.status.not_started),
      );
      expect(charts(document)).toEqual([]);
    }
  });

  it('says what each status of a stage rests on in the summary', () => {
    const document = projectReportDocument(richProjectReportInput('en'), 'en');
    expect(statuses(document)).toEqual([
      ['Stakeholder visits and the readiness gate', 'Done'],
      // The working group is only proposed.
      ['Field study', 'Under way'],
      ['Information Day', 'Done'],
      // No closed workshop has rated the skills yet.
      ['Working group workshops', 'Under way'],
      ['Roadmap', 'Done'],
    ]);
    const summary = text(section(document, 1));
    expect(summary).toContain('27 organisations, 23 visits');
    expect(summary).toContain('Gate: Go (decision of 20 March 2025).');
    expect(summary).toContain('14 items, 6 actions, 11 indicators.');
  });

  it('warns that a sample project’s report holds sample data, first thing in the summary', () => {
    const input = richProjectReportInput('tr');
    const sample: ProjectReportInput = { ...input, project: { ...input.project, isSample: true } };
    const [first] = section(projectReportDocument(sample, 'tr'), 1).blocks;
    expect(first).toMatchObject({ kind: 'note', title: 'Örnek veri' });
    expect(notes(section(projectReportDocument(input, 'tr'), 1))).toEqual([]);
  });

  it('gives the recorded gate decision with its reasons, and the criteria alone when none is recorded', () => {
    const decided = text(section(projectReportDocument(richProjectReportInput('en'), 'en'), 2));
    expect(decided).toContain('Decision: Go, recorded on 20 March 2025 by Elif Demir.');
    expect(decided).toContain('Committed firms | 20 | 18 | Not met');
    const undecided = projectReportDocument(undecidedProjectReportInput('tr'), 'tr');
    const gate = text(section(undecided, 2));
    expect(gate).toContain('Yalnızca ölçütlere göre: Devam etme.');
    expect(gate).toContain('Henüz devam / devam etme kararı kaydedilmedi.');
    expect(gate).toContain('Paydaş ziyaretleri > Hazırlık kapısı');
    expect(statuses(undecided)[0]).toEqual(['Paydaş ziyaretleri ve hazırlık kapısı', 'Sürüyor']);
  });

  it('flags a decision the criteria now contradict', () => {
    // The fixture's go decision stands against criteria that miss 2 committed firms.
    const gateNotes = notes(section(projectReportDocument(richProjectReportInput('en'), 'en'), 2));
    expect(gateNotes).toEqual([
      {
        kind: 'note',
        title: 'The decision and the criteria disagree',
        text: 'The recorded decision is Go, but the criteria now say No-go.',
      },
    ]);
  });

  it('writes numbers and dates in the language of the report', () => {
    const en = text(section(projectReportDocument(richProjectReportInput('en'), 'en'), 2));
    const tr = text(section(projectReportDocument(richProjectReportInput('tr'), 'tr'), 2));
    expect(en).toContain('23 visits were logged between 14 January 2025 and 18 March 2025');
    expect(tr).toContain('14 Ocak 2025 ile 18 Mart 2025 arasında 23 ziyaret kaydedildi');
    expect(en).toContain('Share of visited stakeholders committed | 50% | 90%');
    expect(tr).toContain('Ziyaret edilen paydaşlarda bağlı olanların payı | %50 | %90');
  });

  it('lists the workshops held and names the results no closed workshop has produced yet', () => {
    const part = section(projectReportDocument(richProjectReportInput('en'), 'en'), 5);
    expect(headings(part)).toEqual([
      '5.1 Workshops',
      '5.2 Vision',
      '5.3 Key success factors',
      '5.4 Requisite skills and capabilities',
    ]);
    expect(text(part)).toContain(
      'Skills needs | Requisite skills and capabilities | Live | – | 12',
    );
    expect(notes(part).map((note) => note.text)).toEqual([
      'No closed workshop has produced these results yet: the requisite skills.\nWhere to do it in Kume: Working group workshops > Workshops',
    ]);
  });

  it('takes the roadmap document’s sections in as numbered subsections of the roadmap, without their own numbers', () => {
    const part = section(projectReportDocument(richProjectReportInput('en'), 'en'), 6);
    expect(
      part.blocks.map((block) =>
        block.kind === 'heading' ? [block.text, block.level ?? 2] : block.kind,
      ),
    ).toEqual([
      'paragraph',
      ['6.1 Summary', 2],
      ['At a glance', 3],
      'paragraph',
      ['6.2 Action plan', 2],
      ['2027 targets', 3],
      'table',
    ]);
  });

  it('says an Information Day still ahead counts its check-ins on the day, and is under way', () => {
    const input = richProjectReportInput('en');
    const early: ProjectReportInput = { ...input, generatedOn: '2025-06-01' as IsoDate };
    const document = projectReportDocument(early, 'en');
    expect(text(section(document, 4))).toContain(
      'The event is on 12 June 2025: check-ins are counted on the day.',
    );
    expect(statuses(document)[2]).toEqual(['Information Day', 'Under way']);
    expect(text(section(document, 1))).toMatch(/, ahead on 12 June 2025: \d+ registered so far\./);
  });

  it('says an event without an agenda or registrations lacks them, and where to add them', () => {
    const input = richProjectReportInput('en');
    const bare: ProjectReportInput = {
      ...input,
      deck: {
        ...input.deck,
        event: { ...input.deck.event!, agenda: [] },
        attendance: { capacity: 80, registered: 0, waitlisted: 0, checkedIn: 0, byType: [] },
      },
    };
    expect(notes(section(projectReportDocument(bare, 'en'), 4)).map((note) => note.text)).toEqual([
      'The event’s agenda has not been entered yet.\nWhere to do it in Kume: Information Day > Events and the deck',
      'Nobody has registered for the event yet.\nWhere to do it in Kume: Information Day > Events and the deck',
    ]);
  });
});
