import { describe, expect, it } from 'vitest';
import type { DeckChartBlock } from '../deckModel';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { fieldStudySlides } from './fieldStudySlides';

describe('fieldStudySlides', () => {
  it('compares the SMEs reached with the quota and shows the other counts', () => {
    const [reach] = fieldStudySlides(testContext(richDeckInput('en'), 'en'));
    const text = reach ? slideText(reach) : '';
    expect(text).toContain('SMEs reached: 27 of 30 (quota)');
    expect(text).toContain('3 more SMEs to reach the quota.');
    expect(reach?.blocks.find((block) => block.kind === 'progress')).toMatchObject({
      value: 27,
      target: 30,
    });
    expect(
      reach?.blocks
        .filter((block) => block.kind === 'figure')
        .map((block) => block.kind === 'figure' && block.value),
    ).toEqual(['41', '18', '2', '156']);
  });

  it('says the quota is met once it is', () => {
    const input = richDeckInput('tr');
    if (input.fieldStudy) input.fieldStudy.smesReached = 34;
    const [reach] = fieldStudySlides(testContext(input, 'tr'));
    expect(reach && slideText(reach)).toContain('30 KOBİ kotası karşılandı.');
  });

  it('charts organisations by stage and size, and at most three key questions', () => {
    const input = richDeckInput('en');
    const study = input.fieldStudy;
    if (study) study.keyQuestions = [...study.keyQuestions, ...study.keyQuestions];
    const slides = fieldStudySlides(testContext(input, 'en'));
    expect(slides).toHaveLength(5);
    const charts =
      slides[1]?.blocks.filter((block): block is DeckChartBlock => block.kind === 'chart') ?? [];
    expect(charts.map((chart) => chart.chart)).toEqual(['bar', 'doughnut']);
    expect(charts[0]?.series[0]?.values).toEqual(study?.byStage.map((entry) => entry.count));
    const question = slides[2]?.blocks.find(
      (block): block is DeckChartBlock => block.kind === 'chart',
    );
    expect(question?.categories[0]).toBe('Finding skilled workers');
    expect(slides[2]?.notes).toContain('Finding skilled workers: 17 (41%)');
  });

  it('says where the field study is done when it has no results', () => {
    const [slide] = fieldStudySlides(testContext(emptyDeckInput(), 'en'));
    expect(slide && slideText(slide)).toContain('Field study > Primary research > Questionnaires');
  });
});
