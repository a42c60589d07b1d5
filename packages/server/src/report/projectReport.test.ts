// The whole project report built from the database: the sample project's report in both languages
// written as DOCX and read back (every stage's heading, the registry, the region's clusters, the
// gate), its parts matching their sources; an empty project's report saying what is missing.
// Runs on PGlite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isoDateOf,
  roadmapSections,
  SAMPLE_SLUG,
  type IsoDate,
  type ReportLanguage,
} from '@kume/core';
import {
  createProject,
  findProjectBySlug,
  listOrganisations,
  type Database,
  type ProjectRow,
} from '@kume/db';
import { readDocx, writeReportDocx, type DocxContent } from '@kume/io';
import { openTestDatabase } from '../../../db/test/testDatabase';
import { roadmapDocumentInput } from '../roadmap/roadmapDocumentInput';
import { createSampleProject } from '../sampleProject';
import { createStatisticsCaches } from '../statistics/clusterAnalysis';
import { gatherProjectReportInput, projectReportDocument } from './projectReport';

const now = new Date('2026-11-26T10:00:00Z');
const today = isoDateOf(now) as IsoDate;
const caches = createStatisticsCaches();

const STAGES: Record<ReportLanguage, string[]> = {
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

let database: Database;
let sample: ProjectRow;
let empty: ProjectRow;
const read = new Map<ReportLanguage, DocxContent>();

beforeAll(async () => {
  database = await openTestDatabase();
  await createSampleProject(database.db, now);
  sample = (await findProjectBySlug(database.db, SAMPLE_SLUG))!;
  empty = await createProject(
    database.db,
    {
      name: 'Denizli Ev Tekstili',
      sector: '',
      region: 'Denizli',
      description: '',
      languages: ['tr', 'en'],
    },
    null,
  );
  for (const language of ['tr', 'en'] as const) {
    const document = await projectReportDocument(database.db, caches, sample, language, today);
    read.set(language, await readDocx(await writeReportDocx(document)));
  }
});
afterAll(() => database.close());

/** The level-2 headings under the level-1 heading `title`. */
function partsOf(content: DocxContent, title: string): string[] {
  const start = content.headings.findIndex((h) => h.level === 1 && h.text === title);
  const end = content.headings.findIndex((h, i) => i > start && h.level === 1);
  return content.headings
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((h) => h.level === 2)
    .map((h) => h.text);
}

describe('projectReportDocument (server)', () => {
  it.each(['tr', 'en'] as const)(
    'writes the sample project’s report in %s with every stage’s heading, in order, and well-formed XML',
    (language) => {
      const content = read.get(language)!;
      expect(content.invalidXml).toEqual([]);
      expect(content.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(
        STAGES[language],
      );
      expect(content.headers.join('\n')).toContain(sample.name);
      // Charts are pictures: the registry by type, the clusters by LQ and more.
      expect(content.imageCount).toBeGreaterThanOrEqual(4);
    },
  );

  it('gives every part of the stages the sample has, in English', () => {
    const content = read.get('en')!;
    expect(partsOf(content, '2. Stakeholder visits and the readiness gate')).toEqual([
      '2.1 The registry',
      '2.2 Visits',
      '2.3 Commitment',
      '2.4 The readiness gate',
    ]);
    expect(partsOf(content, '3. Field study')).toEqual([
      '3.1 Secondary research: the region’s clusters',
      '3.2 Primary research: questionnaires and interviews',
      '3.3 The cluster map',
      '3.4 Gaps in the value chain',
      '3.5 The working group',
    ]);
    expect(partsOf(content, '5. Working group workshops')).toEqual([
      '5.1 Workshops',
      '5.2 Vision',
      '5.3 Key success factors',
      '5.4 Requisite skills and capabilities',
    ]);
  });

  it('takes the roadmap document’s sections in as the roadmap stage’s numbered parts', async () => {
    const roadmap = await roadmapDocumentInput(database.db, sample, today);
    expect(roadmap.assembledAt).not.toBeNull();
    const expected = roadmapSections(roadmap, 'en').map(
      (part, index) => `6.${index + 1} ${part.title.replace(/^\d+\.\s+/, '')}`,
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(partsOf(read.get('en')!, '6. Roadmap')).toEqual(expected);
    // The actions' table of the roadmap document is in the report.
    const actions = read.get('en')!.tables.flat(2).join('\n');
    for (const action of roadmap.actions) expect(actions).toContain(action.title);
  });

  it('counts the registry from the database and ranks the sample’s clusters from its statistics', async () => {
    const organisations = await listOrganisations(database.db, sample.id);
    const input = await gatherProjectReportInput(database.db, caches, sample, 'en', today);
    const registered = input.stakeholders.byType.reduce((total, row) => total + row.registered, 0);
    expect(registered).toBe(organisations.length);
    expect(input.stakeholders.byStage.reduce((total, row) => total + row.count, 0)).toBe(
      organisations.length,
    );
    expect(input.stakeholders.visits.count).toBeGreaterThan(0);
    expect(input.readiness.assessment.counts.organisations).toBe(organisations.length);
    const total = read
      .get('en')!
      .tables.find((table) => table[0]?.join('|') === 'Type|Registered|Visited|Assessed|Committed');
    expect(total?.at(-1)?.slice(0, 2)).toEqual(['Total', String(organisations.length)]);
    const clusters = read.get('en')!.tables.find((table) => table[0]?.[0] === 'Cluster');
    expect(clusters?.slice(1).map((row) => row[0])).toEqual(
      input.deck.statistics!.clusters.map((cluster) => cluster.name),
    );
  });

  it('says in each stage of an empty project what is not available yet and where in Kume to do it', async () => {
    const content = await readDocx(
      await writeReportDocx(await projectReportDocument(database.db, caches, empty, 'en', today)),
    );
    expect(content.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(STAGES.en);
    // Notes are shaded one-cell tables: "Not yet available" and the screen to go to.
    const notes = content.tables.flat(2).filter((cell) => cell.startsWith('Not yet available'));
    for (const place of [
      'Stakeholder visits > Organisations',
      'Stakeholder visits > Visits',
      'Stakeholder visits > Readiness gate',
      'Field study > Secondary research > Data',
      'Field study > Primary research > Questionnaires',
      'Field study > Primary research > Relations',
      'Field study > Cluster map > Working group',
      'Information Day > Events and the deck',
      'Working group workshops > Workshops',
      'Roadmap > Roadmap',
    ])
      expect(
        notes.some((note) => note.endsWith(`Where to do it in Kume: ${place}`)),
        place,
      ).toBe(true);
  });
});
