import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, paragraphsFit, wordsFit } from './fitText';

const box = { x: 0, y: 0, w: 4, h: 1.5 };

describe('fitText', () => {
  it('keeps the largest size when the text fits', () => {
    expect(fitText([{ text: 'Next steps' }], box, { max: 28, min: 12 }).fontSize).toBe(28);
  });

  it('chooses a smaller size for longer text, and the text then fits', () => {
    const paragraphs = [
      {
        text: 'Clusters are geographic concentrations of interconnected companies and institutions in a particular field.',
      },
    ];
    const fitted = fitText(paragraphs, box, { max: 28, min: 10 });
    expect(fitted.fontSize).toBeLessThan(28);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(10);
    expect(paragraphsFit(fitted.paragraphs, box, fitted.fontSize)).toBe(true);
    expect(paragraphsFit(fitted.paragraphs, box, fitted.fontSize + 0.5)).toBe(false);
    expect(fitted.paragraphs[0]?.text).toBe(paragraphs[0]?.text);
  });

  it('shrinks rather than break a word in the middle', () => {
    const narrow = { x: 0, y: 0, w: 0.9, h: 0.7 };
    const fitted = fitText([{ text: 'Distribution', bold: true }], narrow, { max: 11, min: 6 });
    expect(wordsFit(fitted.paragraphs, narrow, fitted.fontSize)).toBe(true);
  });

  it('cuts the text with "…" when even the smallest size overflows', () => {
    const long = Array.from(
      { length: 40 },
      (_, index) => `Organisation number ${index} of the cluster`,
    ).join(', ');
    const fitted = fitText([{ text: long }], box, { max: 18, min: 12 });
    expect(fitted.fontSize).toBe(12);
    expect(fitted.paragraphs[0]?.text.endsWith('…')).toBe(true);
    expect(paragraphsFit(fitted.paragraphs, box, 12)).toBe(true);
  });

  it('drops empty paragraphs', () => {
    expect(
      fitText([{ text: 'a' }, { text: '  ' }], box, { max: 12, min: 10 }).paragraphs,
    ).toHaveLength(1);
  });

  it('always returns text that fits a box of at least one line', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ maxLength: 300 }),
            bullet: fc.boolean(),
            bold: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        fc.double({ min: 1, max: 12, noNaN: true }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        (paragraphs, w, h) => {
          const frame = { x: 0, y: 0, w, h };
          const fitted = fitText(paragraphs, frame, { max: 20, min: 10 });
          expect(paragraphsFit(fitted.paragraphs, frame, fitted.fontSize)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
