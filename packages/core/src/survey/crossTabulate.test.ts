// Cross-tabulation by segment, and the disclosure control that withholds small groups.

import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { canSegmentBy, crossTabulate, DEFAULT_MIN_GROUP } from './crossTabulate';
import type { Question } from './questionnaire';

const t = (tr: string, en: string) => ({ tr, en });

const stage: Question = {
  id: 'stage',
  type: 'single',
  title: t('Değer zinciri aşaması', 'Value-chain stage'),
  required: true,
  allowOther: true,
  segment: 'value_chain_stage',
  choices: [
    { value: 'casting', text: t('Döküm', 'Casting') },
    { value: 'machining', text: t('Talaşlı imalat', 'Machining') },
  ],
};

const exports: Question = {
  id: 'exports',
  type: 'single',
  title: t('İhracat yapıyor musunuz?', 'Do you export?'),
  required: true,
  choices: [
    { value: 'yes', text: t('Evet', 'Yes') },
    { value: 'no', text: t('Hayır', 'No') },
  ],
};

const revenue: Question = {
  id: 'revenue',
  type: 'number',
  title: t('Ciro', 'Revenue'),
  required: false,
};

function response(stageValue: string | null, exportsValue: string, revenueValue = 1): Answers {
  return { stage: stageValue, exports: exportsValue, revenue: revenueValue };
}

describe('crossTabulate', () => {
  it('analyses the question per segment value in choice order, with the choice labels', () => {
    const answers = [
      response('machining', 'no'),
      response('casting', 'yes'),
      response('casting', 'yes'),
      response('casting', 'no'),
      response('machining', 'no'),
      response('machining', 'yes'),
    ];
    const table = crossTabulate(exports, stage, answers);
    expect(table.segmentQuestionId).toBe('stage');
    expect(table.groups.map((group) => [group.value, group.label?.en, group.n])).toEqual([
      ['casting', 'Casting', 3],
      ['machining', 'Machining', 3],
    ]);
    const casting = table.groups[0]!;
    expect(casting.withheld).toBe(false);
    if (casting.withheld || casting.analysis.kind !== 'choice')
      throw new Error('shown choice expected');
    expect(casting.analysis.choices.map((choice) => choice.count)).toEqual([2, 1]);
  });

  it('withholds a group below minGroup with no analysis and no count of its answers', () => {
    const answers = [
      response('casting', 'yes', 101),
      response('casting', 'yes', 102),
      response('casting', 'no', 103),
      response('machining', 'yes', 987_654),
      response('machining', 'no', 876_543),
    ];
    const table = crossTabulate(revenue, stage, answers);
    expect(DEFAULT_MIN_GROUP).toBe(3);
    const machining = table.groups.find((group) => group.value === 'machining')!;
    expect(machining).toEqual({
      value: 'machining',
      label: t('Talaşlı imalat', 'Machining'),
      n: 2,
      withheld: true,
    });
    const serialised = JSON.stringify(machining);
    for (const secret of ['987654', '876543', 'analysis', 'mean', 'values'])
      expect(serialised).not.toContain(secret);
    // Lowering the threshold to 2 shows the group.
    const lowered = crossTabulate(revenue, stage, answers, { minGroup: 2 });
    expect(lowered.groups.find((group) => group.value === 'machining')).toMatchObject({
      withheld: false,
      analysis: { kind: 'number', n: 2, mean: 932_098.5 },
    });
  });

  it('sizes a group by the respondents who answered the question, not by the segment alone', () => {
    const answers: Answers[] = [
      { stage: 'casting', revenue: 5 },
      { stage: 'casting' },
      { stage: 'casting' },
      { stage: 'casting', revenue: 7 },
    ];
    expect(crossTabulate(revenue, stage, answers).groups).toEqual([
      { value: 'casting', label: t('Döküm', 'Casting'), n: 2, withheld: true },
    ]);
  });

  it('puts "other" answers in one group after the choices and respondents without a segment last', () => {
    const answers = [
      response(null, 'yes'),
      response('other:Model atölyesi', 'yes'),
      response('other:Ambalaj', 'no'),
      response('other:Kalıp', 'no'),
      response('casting', 'no'),
      response(null, 'yes'),
      response(null, 'no'),
    ];
    const table = crossTabulate(exports, stage, answers);
    expect(
      table.groups.map((group) => [group.value, group.label, group.n, group.withheld]),
    ).toEqual([
      ['casting', t('Döküm', 'Casting'), 1, true],
      ['other', null, 3, false],
      [null, null, 3, false],
    ]);
  });

  it('groups a number question with segment size into size classes', () => {
    const employees: Question = {
      id: 'employees',
      type: 'number',
      title: t('Çalışan sayısı', 'Employees'),
      required: true,
      segment: 'size',
    };
    const answers = [3, 9, 0, 10, 49, 250, 300, 1000].map((count) => ({
      employees: count,
      exports: 'yes',
    }));
    const table = crossTabulate(exports, employees, answers, { minGroup: 1 });
    expect(table.groups.map((group) => [group.value, group.n, group.label?.tr])).toEqual([
      ['micro', 3, 'Mikro (10 çalışandan az)'],
      ['small', 2, 'Küçük (10-49 çalışan)'],
      ['large', 3, 'Büyük (250 ve üzeri çalışan)'],
    ]);
  });

  it('groups a typed district without case or Turkish letters, shown in its common spelling', () => {
    const district: Question = {
      id: 'district',
      type: 'text',
      title: t('İlçe', 'District'),
      required: false,
      segment: 'district',
    };
    const answers = ['Torbalı', 'TORBALI', 'Torbalı', 'Kemalpaşa'].map((name) => ({
      district: name,
      exports: 'no',
    }));
    const table = crossTabulate(exports, district, answers);
    expect(table.groups.map((group) => [group.value, group.n, group.withheld])).toEqual([
      ['Kemalpaşa', 1, true],
      ['Torbalı', 3, false],
    ]);
  });

  it('keeps the index of each text into the answers given, not into its group', () => {
    const comment: Question = {
      id: 'comment',
      type: 'text',
      title: t('Not', 'Note'),
      required: false,
    };
    const answers = ['machining', 'casting', 'machining', 'casting', 'casting'].map((value, i) => ({
      stage: value,
      comment: `yanıt ${i}`,
    }));
    const casting = crossTabulate(comment, stage, answers).groups[0]!;
    if (casting.withheld || casting.analysis.kind !== 'text')
      throw new Error('shown text expected');
    expect(casting.analysis.texts).toEqual([
      { text: 'yanıt 1', responseIndex: 1 },
      { text: 'yanıt 3', responseIndex: 3 },
      { text: 'yanıt 4', responseIndex: 4 },
    ]);
  });

  it('refuses to group by a question that is not a segment', () => {
    const barriers: Question = { ...stage, id: 'barriers', type: 'multiple' };
    expect(canSegmentBy(barriers)).toBe(false);
    expect(canSegmentBy(revenue)).toBe(false);
    expect(canSegmentBy(exports)).toBe(true);
    expect(() => crossTabulate(exports, barriers, [])).toThrow(/cannot group by/);
  });
});
