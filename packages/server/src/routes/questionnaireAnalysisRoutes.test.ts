// The analysis of a questionnaire through the API: per-question summaries of the submitted
// responses, breakdowns by a segment question, and disclosure control that withholds small groups.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeQuestionnaire, storeResponses } from '../../test/analysisFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import type { analysisSchema } from './questionnaireAnalysisRoutes';
import type { z } from 'zod';

type AnalysisView = z.output<typeof analysisSchema>;

describe('questionnaire analysis', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let questionnaireId: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com');
    slug = await createProject(owner, 'Analysis cluster');
    questionnaireId = await storeQuestionnaire(t, slug);
    const casting = (satisfaction: number, employees: number) => ({
      answers: { stage: 'casting', satisfaction, employees, needs: ['training'] },
    });
    await storeResponses(t, slug, questionnaireId, [
      casting(4, 8),
      casting(5, 12),
      casting(4, 30),
      { answers: { stage: 'machining', satisfaction: 1, needs: ['export', 'other:Enerji'] } },
      { answers: { stage: 'machining', satisfaction: 2, comment: '<script>alert(1)</script>' } },
    ]);
  });
  afterAll(() => t.close());

  const analysis = async (query = '') =>
    owner.get(`/api/projects/${slug}/questionnaires/${questionnaireId}/analysis${query}`);
  const question = (view: AnalysisView, id: string) => {
    const found = view.questions.find((q) => q.questionId === id);
    if (!found) throw new Error(`no question ${id}`);
    return found;
  };

  it('summarises every question over the submitted responses', async () => {
    const view = expectStatus(await analysis(), 200).json() as AnalysisView;
    expect(view).toMatchObject({ n: 5, minGroup: 3, segment: null });
    expect(view.questions.map((q) => q.questionId)).toEqual([
      'stage',
      'employees',
      'satisfaction',
      'needs',
      'rating',
      'comment',
      'suppliers',
    ]);
    expect(question(view, 'satisfaction').analysis).toMatchObject({
      kind: 'likert',
      n: 5,
      mean: 16 / 5,
    });
    expect(question(view, 'needs').analysis).toMatchObject({
      kind: 'choice',
      n: 4,
      choices: [
        { value: 'training', count: 3 },
        { value: 'export', count: 1 },
      ],
      other: { count: 1, texts: [{ text: 'Enerji', count: 1 }] },
    });
    // A script in a text answer comes back as plain text in JSON.
    expect(question(view, 'comment').analysis).toMatchObject({
      kind: 'text',
      texts: [{ text: '<script>alert(1)</script>' }],
    });
    expect(view.questions.every((q) => q.crossTab === null)).toBe(true);
  });

  it('withholds groups smaller than minGroup: their size only, no counts of what they answered', async () => {
    const view = expectStatus(await analysis('?segment=stage'), 200).json() as AnalysisView;
    expect(view.segment).toMatchObject({ questionId: 'stage' });
    expect(question(view, 'stage').crossTab).toBeNull();
    const groups = question(view, 'satisfaction').crossTab?.groups ?? [];
    expect(groups.map((g) => [g.value, g.n, g.withheld])).toEqual([
      ['casting', 3, false],
      ['machining', 2, true],
    ]);
    const withheld = groups[1]!;
    expect(Object.keys(withheld).sort()).toEqual(['label', 'n', 'value', 'withheld']);
    // "Enerji" was answered only by the withheld group: it must not appear in any breakdown.
    const needsTab = JSON.stringify(question(view, 'needs').crossTab);
    expect(needsTab).not.toContain('Enerji');
    expect(question(view, 'needs').crossTab?.groups).toMatchObject([
      { value: 'casting', withheld: false, analysis: { choices: [{ count: 3 }, { count: 0 }] } },
      { value: 'machining', withheld: true },
    ]);
  });

  it('shows a group once minGroup is lowered to its size', async () => {
    const view = expectStatus(
      await analysis('?segment=stage&minGroup=2'),
      200,
    ).json() as AnalysisView;
    const machining = question(view, 'satisfaction').crossTab?.groups[1];
    expect(machining).toMatchObject({
      value: 'machining',
      withheld: false,
      analysis: { n: 2, mean: 1.5 },
    });
  });

  it('breaks down by size class from a number question with the size segment', async () => {
    const view = expectStatus(
      await analysis('?segment=employees&minGroup=1'),
      200,
    ).json() as AnalysisView;
    const groups = question(view, 'satisfaction').crossTab?.groups ?? [];
    expect(groups.map((g) => [g.value, g.n])).toEqual([
      ['micro', 1],
      ['small', 2],
      [null, 2],
    ]);
  });

  it('refuses an unknown or unusable segment and a minGroup outside 1..50 with 400', async () => {
    for (const query of ['?segment=nope', '?segment=comment', '?minGroup=0', '?minGroup=51']) {
      const response = await analysis(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.issues[0].path, query).toMatch(/^querystring\./);
    }
  });
});
