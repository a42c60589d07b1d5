import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, truncateChars, truncateToWidth, wrapText } from './textMetrics';

describe('textWidth', () => {
  it('measures Arial: ten digits at 72 pt are 5.56 em wide (plus the safety margin)', () => {
    expect(textWidth('0123456789', 72)).toBeCloseTo(5.56 * 1.06, 5);
  });

  it('gives Turkish letters the width of their base letter', () => {
    expect(textWidth('İŞĞÜÖÇ', 12)).toBeCloseTo(textWidth('ISGUOC', 12), 9);
    expect(textWidth('şğüöç', 12)).toBeCloseTo(textWidth('sguoc', 12), 9);
  });

  it('counts bold text wider than regular text', () => {
    expect(textWidth('Machining', 11, true)).toBeGreaterThan(textWidth('Machining', 11));
  });
});

describe('wrapText', () => {
  it('wraps between words so that every line fits the width', () => {
    const lines = wrapText('Production Technology and Heavy Machinery in İzmir', 1.5, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(1.5);
    expect(lines.join(' ')).toBe('Production Technology and Heavy Machinery in İzmir');
  });

  it('breaks a word longer than the line between characters', () => {
    const lines = wrapText('Donaudampfschifffahrtsgesellschaftskapitän', 1, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Donaudampfschifffahrtsgesellschaftskapitän');
  });

  it('keeps the line breaks of the text', () => {
    expect(wrapText('one\ntwo', 5, 12)).toEqual(['one', 'two']);
  });

  it('never returns a line wider than the box unless it is one character', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.double({ min: 0.3, max: 8, noNaN: true }),
        (text, width) => {
          for (const line of wrapText(text, width, 14)) {
            expect(textWidth(line, 14) <= width || [...line].length <= 1).toBe(true);
          }
        },
      ),
    );
  });
});

describe('truncateToWidth and truncateChars', () => {
  it('cuts with an ellipsis only when the text is too long', () => {
    expect(truncateToWidth('Kemalpaşa', 5, 12)).toBe('Kemalpaşa');
    const cut = truncateToWidth('Kemalpaşa Hassas İşleme Makine Sanayi ve Ticaret A.Ş.', 1.5, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(1.5);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(truncateChars('Çiğli 🏭 Döküm', 40)).toBe('Çiğli 🏭 Döküm');
    expect(truncateChars('Production Technology and Heavy Machinery', 20)).toBe(
      'Production Technolo…',
    );
  });
});
