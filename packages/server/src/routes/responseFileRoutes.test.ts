// Response export and import through the API: CSV and XLSX exports read back (answers, relations,
// neutralised formulas), and imports from another tool's file that store all rows or none.

import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { schema } from '@kume/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectIdOf, storeQuestionnaire, storeResponses } from '../../test/analysisFixtures';
import { addOrganisation, createProject, expectStatus, upload } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';

const csvRows = (body: string) => parse(body.replace(/^\uFEFF/, '')) as string[][];

describe('response export and import', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let questionnaireId: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Survey files');
    const ege = await addOrganisation(owner, slug, { name: 'Ege Döküm', type: 'firm' });
    const gediz = await addOrganisation(owner, slug, { name: 'Gediz Makina', type: 'firm' });
    questionnaireId = await storeQuestionnaire(t, slug);
    const [responseId] = await storeResponses(t, slug, questionnaireId, [
      {
        organisationId: ege,
        respondentName: '@SUM(A1)',
        answers: {
          stage: 'casting',
          employees: 12,
          satisfaction: 4,
          needs: ['training', 'export'],
          rating: { quality: 'high', price: 'low' },
          comment: '=1+1',
          suppliers: [{ organisationId: gediz, sharePercent: 40 }],
        },
      },
    ]);
    await t.database.db.insert(schema.relations).values({
      projectId: await projectIdOf(t, slug),
      sourceOrganisationId: ege,
      targetOrganisationId: gediz,
      relationType: 'supplier',
      sharePercent: 40,
      location: 'same_city',
      responseId: responseId!,
      questionId: 'suppliers',
      reportedByOrganisationId: ege,
    });
  });
  afterAll(() => t.close());

  const base = () => `/api/projects/${slug}/questionnaires/${questionnaireId}/responses`;
  const submittedCount = async () =>
    (
      expectStatus(
        await owner.get(`/api/projects/${slug}/questionnaires/${questionnaireId}/analysis`),
        200,
      ).json() as { n: number }
    ).n;

  describe('export', () => {
    it('CSV: one row per response, a column per question and matrix row, formulas neutralised', async () => {
      const response = expectStatus(await owner.get(`${base()}/export?format=csv`), 200);
      expect(response.headers['content-type']).toContain('text/csv');
      const [headings, row] = csvRows(response.body);
      expect(headings).toEqual([
        'response_id',
        'organisation',
        'channel',
        'submitted_at',
        'respondent',
        'stage',
        'employees',
        'satisfaction',
        'needs',
        'rating.quality',
        'rating.price',
        'comment',
        'comment.tags',
        'suppliers',
      ]);
      expect(row?.slice(1)).toEqual([
        'Ege Döküm',
        'import',
        '2026-11-20T10:00:00.000Z',
        "'@SUM(A1)",
        'casting',
        '12',
        '4',
        'training; export',
        'high',
        'low',
        "'=1+1",
        '',
        '1',
      ]);
    });

    it('CSV ?table=relations: the relations the responses reported', async () => {
      const response = expectStatus(
        await owner.get(`${base()}/export?format=csv&table=relations`),
        200,
      );
      const [headings, row, more] = csvRows(response.body);
      expect(headings).toEqual([
        'response_id',
        'respondent',
        'question',
        'partner',
        'type',
        'share',
        'frequency',
        'location',
        'confirmed',
      ]);
      expect(row?.slice(1)).toEqual([
        'Ege Döküm',
        'suppliers',
        'Gediz Makina',
        'supplier',
        '40',
        '',
        'same_city',
        'no',
      ]);
      expect(more).toBeUndefined();
    });

    it('XLSX: sheets Responses, Relations and Questions; formula-like texts stay text', async () => {
      const response = expectStatus(await owner.get(`${base()}/export?format=xlsx`), 200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets.map((s) => s.name)).toEqual(['Responses', 'Relations', 'Questions']);
      const sheet = book.getWorksheet('Responses')!;
      const headings = (sheet.getRow(1).values as unknown[]).slice(1);
      const cell = (name: string) => sheet.getRow(2).getCell(headings.indexOf(name) + 1);
      expect(cell('needs').value).toBe('training; export');
      expect(cell('employees').value).toBe(12);
      expect(cell('comment').value).toBe("'=1+1");
      expect(cell('comment').formula).toBeUndefined();
      expect(book.getWorksheet('Relations')!.getRow(2).getCell(4).value).toBe('Gediz Makina');
      const questions = book.getWorksheet('Questions')!;
      // The user's language is Turkish by default.
      const titles = questions.getColumn(4).values;
      expect(titles).toContain('Bölgeyi değerlendirin [Kalite]');
    });
  });

  describe('import', () => {
    const headings = [
      'Firma',
      'Değer zinciri aşaması',
      'Çalışan sayısı',
      'Bölgeden memnuniyet',
      'İhtiyaçlar',
      'Bölgeyi değerlendirin [Kalite]',
      'comment',
    ];
    const goodRows = [
      ['EGE DÖKÜM', 'Döküm', '12', '4', 'Eğitim; İHRACAT', 'Yüksek', 'İyi'],
      ['Yeni Firma', 'talasli imalat', '"7,5"', '2', 'Enerji desteği', 'low', ''],
      ['', 'assembly', '', '5', '', '', 'Montajcıyız'],
    ];
    const csv = (rows: string[][]) => [headings, ...rows].map((r) => r.join(',')).join('\n');
    const importFile = (
      name: string,
      content: string | Uint8Array,
      options?: Record<string, unknown>,
    ) => upload(owner, `${base()}/import`, name, content, options);

    it('preview: headings, first rows and a mapping suggested from Turkish titles', async () => {
      const response = expectStatus(
        await upload(owner, `${base()}/import/preview`, 'survey.csv', csv(goodRows)),
        200,
      );
      expect(response.json()).toMatchObject({
        headings,
        rowCount: 3,
        suggestedMapping: {
          answers: {
            stage: 'Değer zinciri aşaması',
            employees: 'Çalışan sayısı',
            satisfaction: 'Bölgeden memnuniyet',
            needs: 'İhtiyaçlar',
            'rating.quality': 'Bölgeyi değerlendirin [Kalite]',
            comment: 'comment',
          },
          organisation: 'Firma',
        },
      });
      expect(response.json().targets.map((x: { key: string }) => x.key)).not.toContain('suppliers');
    });

    it('a broken file (random bytes) is refused with a clear message and nothing is written', async () => {
      const before = await submittedCount();
      const response = await importFile('survey.csv', new Uint8Array(randomBytes(4096)));
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'unsupported_file' });
      expect(response.json().error.message).toContain('survey.csv');
      expect(await submittedCount()).toBe(before);
    });

    it('a wrong choice in row 7 refuses the whole file naming row and column; nothing written', async () => {
      const before = await submittedCount();
      const rows = [
        ...goodRows,
        ...goodRows.slice(0, 2),
        ['Ege Döküm', 'Kaynak', '3', '9', '', '', ''],
      ];
      const response = await importFile('survey.csv', csv(rows));
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('import_invalid');
      expect(error.issues).toEqual([
        {
          path: 'row 7, column "Değer zinciri aşaması"',
          message: expect.stringContaining('"Kaynak" is not one of the choices'),
        },
        { path: 'row 7, column "Bölgeden memnuniyet"', message: expect.any(String) },
      ]);
      expect(error.message).toContain('row 7, column "Değer zinciri aşaması"');
      expect(await submittedCount()).toBe(before);
    });

    it('a mapping naming a column the file lacks is refused naming the mapping', async () => {
      const before = await submittedCount();
      const response = await importFile('survey.csv', csv(goodRows), {
        mapping: { answers: { stage: 'Aşama', nothere: 'comment' } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues).toEqual([
        { path: 'mapping.answers.stage', message: 'the file has no column "Aşama"' },
        { path: 'mapping.answers.nothere', message: expect.stringContaining('not a question') },
      ]);
      expect(await submittedCount()).toBe(before);
    });

    it('a good file imports every row; the responses appear in the analysis', async () => {
      const before = await submittedCount();
      const response = expectStatus(await importFile('survey.csv', csv(goodRows)), 200);
      expect(response.json()).toMatchObject({
        imported: 3,
        matchedOrganisations: 1,
        unmatchedOrganisations: [{ row: 3, name: 'Yeni Firma' }],
      });
      expect(await submittedCount()).toBe(before + 3);
      const view = (
        await owner.get(`/api/projects/${slug}/questionnaires/${questionnaireId}/analysis`)
      ).json() as { questions: { questionId: string; analysis: Record<string, unknown> }[] };
      const of = (id: string) => view.questions.find((q) => q.questionId === id)?.analysis;
      expect(of('stage')).toMatchObject({
        choices: [
          { value: 'casting', count: before + 1 },
          { value: 'machining', count: 1 },
          { value: 'assembly', count: 1 },
        ],
      });
      expect(of('employees')).toMatchObject({ values: expect.arrayContaining([7.5, 12]) });
      expect(of('needs')).toMatchObject({
        other: { texts: [{ text: 'Enerji desteği', count: 1 }] },
      });
    });

    it('an XLSX export of one project imports into another with the suggested mapping', async () => {
      const exported = expectStatus(await owner.get(`${base()}/export?format=xlsx`), 200);
      const otherSlug = await createProject(owner, 'Second survey');
      const otherId = await storeQuestionnaire(t, otherSlug);
      const response = await upload(
        owner,
        `/api/projects/${otherSlug}/questionnaires/${otherId}/responses/import`,
        'export.xlsx',
        new Uint8Array(exported.rawPayload),
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().imported).toBe(await submittedCount());
      const again = expectStatus(
        await owner.get(
          `/api/projects/${otherSlug}/questionnaires/${otherId}/responses/export?format=csv`,
        ),
        200,
      );
      // The same answers (the relation count aside: relations are not imported).
      const answersOf = (body: string) =>
        csvRows(body)
          .slice(1)
          .map((r) => r.slice(5, -1).join('|'))
          .sort();
      const original = await owner.get(`${base()}/export?format=csv`);
      expect(answersOf(again.body)).toEqual(answersOf(original.body));
    });
  });
});
