// The per-question summaries of the analysis page, checked on small hand-counted responses.

import { describe, expect, it } from 'vitest';
import { analyseQuestion } from './analyseQuestion';
import type { Answers } from './answers';
import type { Question } from './questionnaire';

const t = (tr: string, en: string) => ({ tr, en });

function question(overrides: Partial<Question> & Pick<Question, 'id' | 'type'>): Question {
  return { title: t('Soru', 'Question'), required: false, ...overrides };
}

const stage = question({
  id: 'stage',
  type: 'single',
  allowOther: true,
  choices: [
    { value: 'casting', text: t('Döküm', 'Casting') },
    { value: 'machining', text: t('Talaşlı imalat', 'Machining') },
    { value: 'coating', text: t('Kaplama', 'Coating') },
  ],
});

describe('analyseQuestion: choice', () => {
  it('counts single answers per choice with shares of those who answered, skipping blanks', () => {
    const answers: Answers[] = [
      { stage: 'casting' },
      { stage: 'casting' },
      { stage: 'machining' },
      { stage: '' },
      {},
      { stage: 'other:Model atölyesi' },
    ];
    expect(analyseQuestion(stage, answers)).toEqual({
      kind: 'choice',
      questionId: 'stage',
      multiple: false,
      n: 4,
      choices: [
        { value: 'casting', label: t('Döküm', 'Casting'), count: 2, share: 0.5 },
        { value: 'machining', label: t('Talaşlı imalat', 'Machining'), count: 1, share: 0.25 },
        { value: 'coating', label: t('Kaplama', 'Coating'), count: 0, share: 0 },
      ],
      other: { count: 1, share: 0.25, texts: [{ text: 'Model atölyesi', count: 1 }] },
    });
  });

  it('groups other texts without case or Turkish letters, most frequent first, in their common spelling', () => {
    const answers: Answers[] = [
      { stage: 'other:Isıl işlem' },
      { stage: 'other: ISIL İŞLEM ' },
      { stage: 'other:Isıl işlem' },
      { stage: 'other:Ambalaj' },
      { stage: 'other:' },
      { stage: 'Dövme' }, // imported from another tool: no such choice
    ];
    const analysis = analyseQuestion(stage, answers);
    expect(analysis.kind === 'choice' && analysis.other).toEqual({
      count: 6,
      share: 1,
      texts: [
        { text: 'Isıl işlem', count: 3 },
        { text: 'Ambalaj', count: 1 },
        { text: 'Dövme', count: 1 },
      ],
    });
  });

  it('gives multiple-choice shares of respondents, so they can sum past one, counting a repeated tick once', () => {
    const barriers = question({
      id: 'barriers',
      type: 'multiple',
      choices: [
        { value: 'finance', text: t('Finansman', 'Finance') },
        { value: 'staff', text: t('Nitelikli personel', 'Skilled staff') },
      ],
    });
    const answers: Answers[] = [
      { barriers: ['finance', 'staff'] },
      { barriers: ['finance', 'finance'] },
      { barriers: [] },
    ];
    const analysis = analyseQuestion(barriers, answers);
    expect(analysis).toMatchObject({ kind: 'choice', multiple: true, n: 2, other: null });
    expect(analysis.kind === 'choice' && analysis.choices.map((c) => [c.count, c.share])).toEqual([
      [2, 1],
      [1, 0.5],
    ]);
  });

  it('gives null shares when nobody answered', () => {
    const analysis = analyseQuestion(stage, [{}, { stage: null }]);
    expect(analysis).toMatchObject({ n: 0, other: { count: 0, share: null, texts: [] } });
    expect(analysis.kind === 'choice' && analysis.choices[0]!.share).toBeNull();
  });

  it('does not count a stale answer to a question its condition now hides', () => {
    const reason = question({
      ...stage,
      id: 'reason',
      visibleIf: { questionId: 'exports', operator: 'equals', value: 'no' },
    });
    const answers: Answers[] = [
      { exports: 'no', reason: 'casting' },
      { exports: 'yes', reason: 'machining' },
    ];
    expect(analyseQuestion(reason, answers)).toMatchObject({ n: 1 });
  });
});

describe('analyseQuestion: likert', () => {
  const satisfaction = question({
    id: 'satisfaction',
    type: 'likert',
    likert: { points: 5, minLabel: t('Hiç', 'Not at all'), maxLabel: t('Tamamen', 'Fully') },
  });

  it('gives the distribution, mean, median and the diverging split around the middle point', () => {
    const answers: Answers[] = [1, 2, 2, 3, 4, 5, 5, 5].map((value) => ({ satisfaction: value }));
    const analysis = analyseQuestion(satisfaction, [...answers, { satisfaction: 9 }, {}]);
    expect(analysis).toMatchObject({
      kind: 'likert',
      n: 8,
      points: 5,
      mean: 27 / 8,
      median: 3.5,
      negative: 3 / 8,
      neutral: 1 / 8,
      positive: 4 / 8,
    });
    expect(analysis.kind === 'likert' && analysis.distribution).toEqual([
      { point: 1, label: t('Hiç', 'Not at all'), count: 1, share: 1 / 8 },
      { point: 2, label: null, count: 2, share: 2 / 8 },
      { point: 3, label: null, count: 1, share: 1 / 8 },
      { point: 4, label: null, count: 1, share: 1 / 8 },
      { point: 5, label: t('Tamamen', 'Fully'), count: 3, share: 3 / 8 },
    ]);
  });

  it('puts point 4 of a 7-point scale in the middle and has no statistics without answers', () => {
    const seven = question({ ...satisfaction, likert: { ...satisfaction.likert!, points: 7 } });
    expect(analyseQuestion(seven, [{ satisfaction: 4 }, { satisfaction: 7 }])).toMatchObject({
      negative: 0,
      neutral: 0.5,
      positive: 0.5,
    });
    expect(analyseQuestion(seven, [])).toMatchObject({
      n: 0,
      mean: null,
      median: null,
      neutral: null,
    });
  });
});

describe('analyseQuestion: number', () => {
  it('gives n, mean, median, range, Sturges bins and the sorted values, skipping non-numbers', () => {
    const employees = question({ id: 'employees', type: 'number' });
    const values = [12, 3, 45, 7, 120, 15, 48, 200];
    const answers: Answers[] = [
      ...values.map((value) => ({ employees: value })),
      { employees: 'many' },
      { employees: null },
    ];
    const analysis = analyseQuestion(employees, answers);
    expect(analysis).toMatchObject({
      kind: 'number',
      n: 8,
      mean: 56.25,
      median: 30,
      min: 3,
      max: 200,
      values: [3, 7, 12, 15, 45, 48, 120, 200],
    });
    expect(analysis.kind === 'number' && analysis.bins.map((bin) => bin.count)).toEqual([
      6, 0, 1, 1,
    ]);
  });
});

describe('analyseQuestion: matrix', () => {
  it('gives each row its own distribution over the columns, ignoring unknown rows and columns', () => {
    const needs = question({
      id: 'needs',
      type: 'matrix',
      matrix: {
        rows: [
          { value: 'training', text: t('Eğitim', 'Training') },
          { value: 'export', text: t('İhracat', 'Export') },
        ],
        columns: [
          { value: 'low', text: t('Düşük', 'Low') },
          { value: 'high', text: t('Yüksek', 'High') },
        ],
      },
    });
    const answers: Answers[] = [
      { needs: { training: 'high', export: 'low' } },
      { needs: { training: 'high', unknown: 'low' } },
      { needs: { export: 'extreme' } },
      { needs: 'high' },
    ];
    const analysis = analyseQuestion(needs, answers);
    expect(analysis).toMatchObject({ kind: 'matrix', n: 2 });
    expect(
      analysis.kind === 'matrix' &&
        analysis.rows.map((row) => [row.value, row.n, row.columns.map((c) => c.count)]),
    ).toEqual([
      ['training', 2, [0, 2]],
      ['export', 1, [1, 0]],
    ]);
  });
});

describe('analyseQuestion: text', () => {
  it('lists the trimmed texts with the index of their response, a script kept as plain text', () => {
    const comment = question({ id: 'comment', type: 'longText' });
    const answers: Answers[] = [
      { comment: ' Kalifiye eleman bulamıyoruz. ' },
      { comment: '   ' },
      {},
      { comment: '<script>alert(1)</script>' },
    ];
    expect(analyseQuestion(comment, answers)).toEqual({
      kind: 'text',
      questionId: 'comment',
      n: 2,
      texts: [
        { text: 'Kalifiye eleman bulamıyoruz.', responseIndex: 0 },
        { text: '<script>alert(1)</script>', responseIndex: 3 },
      ],
    });
  });
});

describe('analyseQuestion: relation', () => {
  it('counts respondents naming partners, partners by type, location and frequency, and the mean share', () => {
    const suppliers = question({
      id: 'suppliers',
      type: 'relation',
      relation: { relationType: 'supplier', maxItems: 5 },
    });
    const answers: Answers[] = [
      {
        suppliers: [
          { organisationId: 'o1', sharePercent: 40, location: 'same_city', frequency: 'weekly' },
          { organisationName: 'Ege Kum', sharePercent: 20, location: 'abroad' },
        ],
      },
      {
        suppliers: [
          { organisationId: 'o2', relationType: 'subcontractor', frequency: 'daily' },
          { organisationName: '  ' }, // an empty row of the panel names nobody
        ],
      },
      { suppliers: [] },
      {},
    ];
    expect(analyseQuestion(suppliers, answers)).toEqual({
      kind: 'relation',
      questionId: 'suppliers',
      n: 2,
      partners: 3,
      byType: {
        supplier: 2,
        customer: 0,
        subcontractor: 1,
        rd_partner: 0,
        training_partner: 0,
        export_partner: 0,
      },
      byLocation: { same_city: 1, same_region: 0, same_country: 0, abroad: 1, unknown: 1 },
      byFrequency: { occasional: 0, monthly: 0, weekly: 1, daily: 1, unknown: 1 },
      meanShare: 30,
    });
  });
});
