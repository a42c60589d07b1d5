// Tests of the chart's text helpers: width estimates near Arial's, labels wrapped and cut to fit.

import { describe, expect, it } from 'vitest';
import { escapeSvg, textWidth, truncateText, wrapText } from './chartText';

describe('chart text', () => {
  it('estimates widths within a few per cent of Arial at 11 px', () => {
    // Arial's widths measured by resvg in Liberation Sans: 219.6 and 160.5 px.
    expect(textWidth('Production Technology and Heavy Machinery', 11)).toBeCloseTo(219.6, -1);
    expect(textWidth('Üretim Teknolojisi ve Ağır Makine', 11)).toBeCloseTo(160.5, -1);
  });

  it('wraps at spaces into the lines allowed and ends what does not fit with an ellipsis', () => {
    expect(wrapText('Üretim Teknolojisi ve Ağır Makine', 110, 11, 2)).toEqual([
      'Üretim Teknolojisi ve',
      'Ağır Makine',
    ]);
    const lines = wrapText('Textile and Apparel Manufacturing of Many Kinds', 80, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    lines.forEach((line) => expect(textWidth(line, 11)).toBeLessThanOrEqual(80));
  });

  it('cuts a single word longer than the line', () => {
    const [line] = wrapText('Donanımsallaştırılamayanlardan', 60, 11, 2);
    expect(line?.endsWith('…')).toBe(true);
    expect(textWidth(line ?? '', 11)).toBeLessThanOrEqual(60);
    expect(truncateText('kısa', 100, 11)).toBe('kısa');
  });

  it('escapes the five XML characters', () => {
    expect(escapeSvg(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
