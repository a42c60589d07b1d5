// Which answers count: skipped and hidden ones do not.

import { describe, expect, it } from 'vitest';
import { conditionHolds, countedAnswer, isEmptyAnswer } from './countedAnswer';
import type { Question } from './questionnaire';

const exports: Question = {
  id: 'export_share',
  type: 'number',
  title: { tr: 'İhracat payı', en: 'Export share' },
  required: false,
  visibleIf: { questionId: 'exports', operator: 'equals', value: 'yes' },
};

describe('countedAnswer', () => {
  it('counts an answer only while its condition holds', () => {
    expect(countedAnswer(exports, { exports: 'yes', export_share: 40 })).toBe(40);
    // A stale answer: the respondent said yes, answered, then changed to no.
    expect(countedAnswer(exports, { exports: 'no', export_share: 40 })).toBeUndefined();
  });

  it('treats blank text, empty lists and empty matrices as skipped', () => {
    for (const value of [null, '', '   ', [], {}]) expect(isEmptyAnswer(value)).toBe(true);
    for (const value of [0, false, 'a', ['x'], { r: 'c' }])
      expect(isEmptyAnswer(value)).toBe(false);
    expect(
      countedAnswer({ ...exports, visibleIf: undefined }, { export_share: null }),
    ).toBeUndefined();
  });
});

describe('conditionHolds', () => {
  it('reads the operators as SurveyJS does: case-insensitive, lists for contains, notempty', () => {
    const answers = { sector: ' Döküm', tags: ['iso', 'ce'], note: 'Hızlı teslim', blank: '' };
    expect(
      conditionHolds({ questionId: 'sector', operator: 'equals', value: 'döküm' }, answers),
    ).toBe(true);
    expect(
      conditionHolds({ questionId: 'sector', operator: 'notEquals', value: 'kaplama' }, answers),
    ).toBe(true);
    expect(
      conditionHolds({ questionId: 'missing', operator: 'notEquals', value: 'x' }, answers),
    ).toBe(true);
    expect(conditionHolds({ questionId: 'tags', operator: 'equals', value: 'iso' }, answers)).toBe(
      false,
    );
    expect(conditionHolds({ questionId: 'tags', operator: 'contains', value: 'ce' }, answers)).toBe(
      true,
    );
    expect(
      conditionHolds({ questionId: 'tags', operator: 'contains', value: 'tse' }, answers),
    ).toBe(false);
    expect(
      conditionHolds({ questionId: 'note', operator: 'contains', value: 'teslim' }, answers),
    ).toBe(true);
    expect(conditionHolds({ questionId: 'blank', operator: 'answered' }, answers)).toBe(false);
    expect(conditionHolds({ questionId: 'tags', operator: 'answered' }, answers)).toBe(true);
  });
});
