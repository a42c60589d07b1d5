// The self-assessment's indicator list and answers: schemas, and the default list honest about itself.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SELF_ASSESSMENT_INDICATORS } from './defaultSelfAssessmentIndicators';
import {
  SELF_ASSESSMENT_AREAS,
  selfAssessmentAnswersSchema,
  selfAssessmentIndicatorSchema,
  selfAssessmentIndicatorsSchema,
} from './selfAssessment';

const indicator = {
  id: 'members',
  area: 'structure',
  name: { tr: 'Üye sayısı', en: '' },
  unit: { tr: 'kuruluş', en: 'organisations' },
  thresholds: { bronze: 20, silver: 50, gold: 80 },
  evidence: { tr: 'Üye listesi', en: 'Member list' },
};
const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('selfAssessmentIndicatorSchema', () => {
  it('accepts an indicator named in one language, higher being better by default', () => {
    expect(selfAssessmentIndicatorSchema.parse(indicator)).toMatchObject({
      direction: 'higher',
      scale: [],
    });
  });

  it('refuses thresholds out of order for the direction, naming thresholds', () => {
    const thresholds = { bronze: 90, silver: 70, gold: 50 };
    expect(issuesOf(selfAssessmentIndicatorSchema.safeParse({ ...indicator, thresholds }))).toEqual(
      ['thresholds: the thresholds must rise from bronze to gold'],
    );
    expect(
      selfAssessmentIndicatorSchema.safeParse({ ...indicator, thresholds, direction: 'lower' })
        .success,
    ).toBe(true);
    expect(
      issuesOf(
        selfAssessmentIndicatorSchema.safeParse({
          ...indicator,
          direction: 'lower',
          thresholds: { bronze: 1, silver: 2, gold: 3 },
        }),
      ),
    ).toEqual(['thresholds: the thresholds must fall from bronze to gold when lower is better']);
  });

  it('refuses a bad id, an unknown area and a name in no language, naming each', () => {
    expect(
      issuesOf(
        selfAssessmentIndicatorSchema.safeParse({
          ...indicator,
          id: 'Members!',
          area: 'culture',
          name: { tr: ' ', en: '' },
        }),
      ).map((issue) => issue.split(':')[0]),
    ).toEqual(['id', 'area', 'name']);
  });
});

describe('selfAssessmentIndicatorsSchema and selfAssessmentAnswersSchema', () => {
  it('refuses an indicator id used twice and an indicator answered twice', () => {
    expect(issuesOf(selfAssessmentIndicatorsSchema.safeParse([indicator, indicator]))).toEqual([
      '1.id: the indicator id members is used twice',
    ]);
    const answer = { indicatorId: 'members', value: 3 };
    expect(issuesOf(selfAssessmentAnswersSchema.safeParse([answer, answer]))).toEqual([
      '1.indicatorId: the indicator members is answered twice',
    ]);
  });

  it('keeps an unknown value as null and defaults the evidence', () => {
    expect(selfAssessmentAnswersSchema.parse([{ indicatorId: 'members', value: null }])).toEqual([
      { indicatorId: 'members', value: null, evidence: '' },
    ]);
  });
});

describe('DEFAULT_SELF_ASSESSMENT_INDICATORS', () => {
  it('is a valid list with indicators in every area, in both languages, with evidence', () => {
    const parsed = selfAssessmentIndicatorsSchema.parse(DEFAULT_SELF_ASSESSMENT_INDICATORS);
    expect(parsed).toEqual(DEFAULT_SELF_ASSESSMENT_INDICATORS);
    for (const area of SELF_ASSESSMENT_AREAS)
      expect(parsed.filter((i) => i.area === area).length).toBeGreaterThanOrEqual(3);
    for (const i of parsed) {
      for (const text of [i.name, i.unit, i.evidence]) {
        expect(text.tr, i.id).not.toBe('');
        expect(text.en, i.id).not.toBe('');
      }
      if (i.scale.length > 0) expect(i.scale).toHaveLength(i.thresholds.gold + 1);
    }
  });
});
