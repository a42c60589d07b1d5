import { describe, expect, it } from 'vitest';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { valueChainGapSlides } from './valueChainGapSlides';

describe('valueChainGapSlides', () => {
  it('ranks the gaps, five to a slide, keeping their order', () => {
    const input = richDeckInput('en');
    input.gaps = Array.from({ length: 12 }, (_, index) => ({
      title: `Gap ${index + 1}`,
      detail: 'Why it matters.',
    }));
    const slides = valueChainGapSlides(testContext(input, 'en'));
    expect(slides.map((slide) => slide.title)).toEqual([
      'Gaps in the value chain (1/3)',
      'Gaps in the value chain (2/3)',
      'Gaps in the value chain (3/3)',
    ]);
    const ranked = slides.flatMap((slide) =>
      slideText(slide)
        .split('\n')
        .filter((line) => /^\d+\. /.test(line)),
    );
    expect(ranked).toEqual(
      Array.from({ length: 12 }, (_, index) => `${index + 1}. Gap ${index + 1}`),
    );
    expect(slides[0]?.notes).toContain('found 12 gaps');
  });

  it('says plainly when the analysis found no gap', () => {
    const input = richDeckInput('tr');
    input.gaps = [];
    const [slide] = valueChainGapSlides(testContext(input, 'tr'));
    expect(slide && slideText(slide)).toContain('belirgin bir boşluk bulmadı');
  });

  it('says where to place organisations when the chain is not analysed', () => {
    const [slide] = valueChainGapSlides(testContext(emptyDeckInput(), 'en'));
    expect(slide && slideText(slide)).toContain('Field study > Cluster map > Value chain');
  });
});
