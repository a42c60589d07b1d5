// Tagging free-text answers through the API: tag, re-tag and clear one answer; the analysis lists
// each text with its response and tags and counts the tags; only facilitators write; answers of
// other projects, drafts and non-text questions are refused; markup is kept as text.

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { setMemberRole } from '@kume/db';
import type { z } from 'zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectIdOf, storeQuestionnaire, storeResponses } from '../../test/analysisFixtures';
import { createProject, expectStatus, upload } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { analysisSchema } from './questionnaireAnalysisRoutes';

type AnalysisView = z.output<typeof analysisSchema>;

describe('tags on free-text answers', () => {
  let t: TestApp;
  let owner: Agent;
  let viewer: Agent;
  let slug: string;
  let questionnaireId: string;
  /** Response ids in the order stored (the analysis orders by submission time, then id). */
  let responseIds: string[];
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    viewer = await t.signUp('viewer@example.com');
    slug = await createProject(owner, 'Tagging cluster');
    await setMemberRole(t.database.db, await projectIdOf(t, slug), viewer.userId ?? '', 'viewer');
    questionnaireId = await storeQuestionnaire(t, slug);
    const answer = (stage: string, comment: string) => ({ answers: { stage, comment } });
    responseIds = await storeResponses(t, slug, questionnaireId, [
      answer('casting', 'Elektrik faturası çok yüksek'),
      answer('casting', 'Usta bulamıyoruz'),
      answer('casting', 'Doğalgaz ve elektrik pahalı'),
      answer('machining', 'Kalifiye eleman yok'),
      answer('machining', 'İhracat belgeleri zor'),
    ]);
  });
  afterAll(() => t.close());

  const url = (responseId: string, questionId = 'comment', id = questionnaireId, s = slug) =>
    `/api/projects/${s}/questionnaires/${id}/responses/${responseId}/answer-tags/${questionId}`;
  const analysis = async (query = '') =>
    expectStatus(
      await owner.get(`/api/projects/${slug}/questionnaires/${questionnaireId}/analysis${query}`),
      200,
    ).json() as AnalysisView;
  const comment = (view: AnalysisView) => {
    const found = view.questions.find((q) => q.questionId === 'comment');
    if (!found) throw new Error('no comment question');
    return found;
  };
  const textsOf = (view: AnalysisView) => {
    const { analysis: summary } = comment(view);
    if (summary.kind !== 'text') throw new Error('comment is not analysed as text');
    return summary.texts;
  };
  const tagsOf = async (responseId: string) =>
    textsOf(await analysis()).find((text) => text.responseId === responseId)?.tags;
  afterEach(async () => {
    for (const id of responseIds) expectStatus(await owner.put(url(id), { tags: [] }), 200);
  });
  /** [response id, text, tags] of each text answer, in the order stored. */
  const byResponse = (texts: { responseId: string; text: string; tags: string[] }[]) =>
    texts
      .map((text) => [text.responseId, text.text, text.tags])
      .sort((x, y) => responseIds.indexOf(String(x[0])) - responseIds.indexOf(String(y[0])));

  it('tags an answer, re-tags it (replacing the tags) and clears it', async () => {
    const first = responseIds[0]!;
    const tagged = await owner.put(url(first), {
      tags: [' Enerji  maliyeti ', 'enerji MALİYETİ', 'altyapı'],
    });
    expect(expectStatus(tagged, 200).json()).toEqual({
      responseId: first,
      questionId: 'comment',
      tags: ['Enerji maliyeti', 'altyapı'],
    });
    expect(await tagsOf(first)).toEqual(['Enerji maliyeti', 'altyapı']);

    expectStatus(await owner.put(url(first), { tags: ['beceri açığı'] }), 200);
    expect(await tagsOf(first)).toEqual(['beceri açığı']);
    expect(comment(await analysis()).tagCounts).toEqual([{ tag: 'beceri açığı', count: 1 }]);

    const cleared = expectStatus(await owner.put(url(first), { tags: [] }), 200).json();
    expect(cleared).toMatchObject({ tags: [] });
    expect(await tagsOf(first)).toEqual([]);
    expect(comment(await analysis()).tagCounts).toEqual([]);
  });

  it('lists each text answer with its response id and tags, and counts the tags of the question', async () => {
    const [a, b, c] = responseIds;
    expectStatus(await owner.put(url(a!), { tags: ['enerji', 'maliyet'] }), 200);
    expectStatus(await owner.put(url(c!), { tags: ['enerji'] }), 200);
    expectStatus(await owner.put(url(b!), { tags: ['işgücü'] }), 200);
    const view = await analysis();
    expect(byResponse(textsOf(view))).toEqual([
      [a, 'Elektrik faturası çok yüksek', ['enerji', 'maliyet']],
      [b, 'Usta bulamıyoruz', ['işgücü']],
      [c, 'Doğalgaz ve elektrik pahalı', ['enerji']],
      [responseIds[3], 'Kalifiye eleman yok', []],
      [responseIds[4], 'İhracat belgeleri zor', []],
    ]);
    expect(comment(view).tagCounts).toEqual([
      { tag: 'enerji', count: 2 },
      { tag: 'işgücü', count: 1 },
      { tag: 'maliyet', count: 1 },
    ]);
    expect(view.questions.find((q) => q.questionId === 'stage')?.tagCounts).toBeNull();
  });

  it('with a breakdown, shown groups carry their texts with tags and withheld groups nothing', async () => {
    const [a, , , d] = responseIds;
    expectStatus(await owner.put(url(a!), { tags: ['enerji'] }), 200);
    expectStatus(await owner.put(url(d!), { tags: ['gizli etiket'] }), 200);
    const groups = comment(await analysis('?segment=stage')).crossTab?.groups ?? [];
    expect(groups.map((g) => [g.value, g.withheld])).toEqual([
      ['casting', false],
      ['machining', true],
    ]);
    const [casting, machining] = groups;
    if (!casting || casting.withheld || casting.analysis.kind !== 'text')
      throw new Error('casting is not a shown text group');
    expect(byResponse(casting.analysis.texts)).toEqual([
      [a, 'Elektrik faturası çok yüksek', ['enerji']],
      [responseIds[1], 'Usta bulamıyoruz', []],
      [responseIds[2], 'Doğalgaz ve elektrik pahalı', []],
    ]);
    expect(Object.keys(machining ?? {}).sort()).toEqual(['label', 'n', 'value', 'withheld']);
    expect(JSON.stringify(machining)).not.toContain('gizli');
  });

  it('stores a tag with markup verbatim and returns it as JSON text', async () => {
    const first = responseIds[0]!;
    const script = '<script>alert(1)</script>';
    expectStatus(await owner.put(url(first), { tags: [script] }), 200);
    expect(await tagsOf(first)).toEqual([script]);
    expect(comment(await analysis()).tagCounts).toEqual([{ tag: script, count: 1 }]);
  });

  it('a viewer gets 403 and the tags stay as they were', async () => {
    const first = responseIds[0]!;
    expectStatus(await owner.put(url(first), { tags: ['enerji'] }), 200);
    const refused = await viewer.put(url(first), { tags: ['viewer'] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await tagsOf(first)).toEqual(['enerji']);
  });

  it("refuses another project's response or questionnaire with 404 and writes nothing", async () => {
    const otherSlug = await createProject(owner, 'Other cluster');
    const otherQuestionnaire = await storeQuestionnaire(t, otherSlug);
    const [theirs] = await storeResponses(t, otherSlug, otherQuestionnaire, [
      { answers: { stage: 'casting', comment: 'Başka proje' } },
    ]);
    const attempts = [
      await owner.put(url(theirs!), { tags: ['sızma'] }),
      await owner.put(url(theirs!, 'comment', otherQuestionnaire), { tags: ['sızma'] }),
      await owner.put(url(responseIds[0]!, 'comment', otherQuestionnaire), { tags: ['sızma'] }),
    ];
    const codeOf = (r: (typeof attempts)[number]) =>
      (r.json() as { error?: { code?: string } }).error?.code;
    expect(attempts.map((r) => [r.statusCode, codeOf(r)])).toEqual([
      [404, 'not_found'],
      [404, 'not_found'],
      [404, 'not_found'],
    ]);
    const theirView = expectStatus(
      await owner.get(`/api/projects/${otherSlug}/questionnaires/${otherQuestionnaire}/analysis`),
      200,
    ).json() as AnalysisView;
    expect(comment(theirView).tagCounts).toEqual([]);
    expect(comment(await analysis()).tagCounts).toEqual([]);
  });

  it('refuses a question that is not a text question (400) or not in the questionnaire (404)', async () => {
    const choice = await owner.put(url(responseIds[0]!, 'stage'), { tags: ['x'] });
    expect(choice.statusCode).toBe(400);
    expect(choice.json()).toMatchObject({
      error: { code: 'bad_request', issues: [{ path: 'params.questionId' }] },
    });
    const missing = await owner.put(url(responseIds[0]!, 'no_such_question'), { tags: ['x'] });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses a response that is only a draft (404)', async () => {
    const draft = expectStatus(
      await owner.post(
        `/api/projects/${slug}/questionnaires/${questionnaireId}/interview-responses`,
        {
          id: '7d6f1a52-57a4-4f2e-9d0c-0f4bb1d1e0aa',
          answers: { comment: 'Taslak' },
          submitted: false,
          heldOn: '2026-11-20',
        },
      ),
      201,
    ).json() as { id: string };
    const response = await owner.put(url(draft.id), { tags: ['taslak'] });
    expect(response.statusCode).toBe(404);
  });

  it('refuses more than 20 tags or a tag over 40 characters (400), naming the body field', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `etiket ${i}`);
    const long = 'x'.repeat(41);
    for (const tags of [many, [long]]) {
      const response = await owner.put(url(responseIds[0]!), { tags });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain('body.tags');
    }
    expect(await tagsOf(responseIds[0]!)).toEqual([]);
  });

  describe('in the response export', () => {
    const exportUrl = (format: 'csv' | 'xlsx', id = questionnaireId) =>
      `/api/projects/${slug}/questionnaires/${id}/responses/export?format=${format}`;

    it('a text question is followed by its tags column, tags joined with "; "', async () => {
      const [a, b] = responseIds;
      expectStatus(await owner.put(url(a!), { tags: ['=maliyet', 'enerji'] }), 200);
      const body = expectStatus(await owner.get(exportUrl('csv')), 200).body;
      const [headings = [], ...rows] = parse(body.replace(/^\uFEFF/, '')) as string[][];
      const at = headings.indexOf('comment.tags');
      expect(headings.slice(at - 1, at + 2)).toEqual(['comment', 'comment.tags', 'suppliers']);
      const tagsOfRow = (id: string) => rows.find((row) => row[0] === id)?.[at];
      // A cell that would read as a formula is neutralised as every exported text is.
      expect(tagsOfRow(a!)).toBe("'=maliyet; enerji");
      expect(tagsOfRow(b!)).toBe('');
    });

    it('the XLSX export with tags re-imports; the tags columns are ignored', async () => {
      expectStatus(await owner.put(url(responseIds[0]!), { tags: ['enerji'] }), 200);
      const exported = expectStatus(await owner.get(exportUrl('xlsx')), 200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
      const legend = book.getWorksheet('Questions')!.getColumn(1).values;
      expect(legend).toContain('comment.tags');

      const copy = await storeQuestionnaire(t, slug);
      const base = `/api/projects/${slug}/questionnaires/${copy}/responses/import`;
      const preview = expectStatus(
        await upload(owner, `${base}/preview`, 'export.xlsx', new Uint8Array(exported.rawPayload)),
        200,
      ).json() as { headings: string[]; suggestedMapping: { answers: Record<string, string> } };
      expect(preview.headings).toContain('comment.tags');
      expect(Object.values(preview.suggestedMapping.answers)).not.toContain('comment.tags');
      const imported = await upload(
        owner,
        base,
        'export.xlsx',
        new Uint8Array(exported.rawPayload),
      );
      expect(imported.statusCode, imported.body).toBe(200);
      expect((imported.json() as { imported: number }).imported).toBe(responseIds.length);
      const view = expectStatus(
        await owner.get(`/api/projects/${slug}/questionnaires/${copy}/analysis`),
        200,
      ).json() as AnalysisView;
      expect(
        textsOf(view)
          .map((text) => text.text)
          .sort(),
      ).toEqual(
        textsOf(await analysis())
          .map((text) => text.text)
          .sort(),
      );
    });
  });
});
