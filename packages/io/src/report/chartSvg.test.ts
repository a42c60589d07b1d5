// Tests of chartSvg: bars and lines drawn from the data, values in the language, long labels laid
// out horizontally, gaps for missing values, escaped text and a frame when there is no data.

import type { ReportChartBlock } from '@kume/core';
import { describe, expect, it } from 'vitest';
import { xmlWellFormed } from '../deck/xmlWellFormed';
import { chartSvg } from './chartSvg';

const OPTIONS = { locale: 'tr-TR', noData: 'Veri yok' };

function bars(overrides: Partial<ReportChartBlock> = {}): ReportChartBlock {
  return {
    kind: 'chart',
    chart: 'bar',
    categories: ['2021', '2022', '2023'],
    series: [{ name: 'LQ', values: [1.2, null, 2.41] }],
    valueFormat: 'decimal',
    caption: 'LQ',
    ...overrides,
  };
}

/** The bars: rectangles other than the white background and legend swatches (10 × 10). */
function barRects(svg: string): string[] {
  return [...svg.matchAll(/<rect [^>]*\/>/g)]
    .map((match) => match[0])
    .filter((rect) => !rect.includes('fill="#FFFFFF"') && !rect.includes('width="10.0"'));
}

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
}

describe('chartSvg', () => {
  it('draws one bar per value, none for a missing one, values written in Turkish', () => {
    const { svg, width, height } = chartSvg(bars(), OPTIONS);
    expect(xmlWellFormed(svg)).toBeNull();
    expect([width, height]).toEqual([600, 320]);
    expect(barRects(svg)).toHaveLength(2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['1,20', '2,41', '2021', '2023']));
  });

  it('lays bars horizontally when their labels would not fit under them, longest bar the largest value', () => {
    const categories = [
      'Metalworking Technology',
      'Production Technology and Heavy Machinery',
      'Automotive',
      'Plastics',
      'Textile and Apparel Manufacturing',
    ];
    const rects = (names: string[]) =>
      barRects(
        chartSvg(
          bars({
            categories: names,
            series: [{ name: 'LQ', values: [2.41, 1.98, 1.2, 0.87, 0.66] }],
          }),
          OPTIONS,
        ).svg,
      ).map((rect) => ({
        width: Number(/width="([\d.]+)"/.exec(rect)?.[1]),
        height: Number(/height="([\d.]+)"/.exec(rect)?.[1]),
      }));
    const horizontal = rects(categories);
    expect(horizontal.map((bar) => bar.width)).toEqual(
      [...horizontal.map((bar) => bar.width)].sort((a, b) => b - a),
    );
    expect(new Set(horizontal.map((bar) => bar.height)).size).toBe(1);
    // Short labels: the same values as vertical bars, of one width.
    const vertical = rects(['A', 'B', 'C', 'D', 'E']);
    expect(new Set(vertical.map((bar) => bar.width)).size).toBe(1);
    expect(vertical[0]?.height).toBeGreaterThan(vertical[1]?.height ?? 0);
  });

  it('breaks a line where a value is missing and shows a legend for several series', () => {
    const { svg } = chartSvg(
      bars({
        chart: 'line',
        categories: ['2024/1', '2024/2', '2025/1', '2025/2'],
        series: [
          { name: 'Firmalar', values: [8, 11, null, 17] },
          { name: 'Hedef', values: [8, 12, 16, 20] },
        ],
        valueFormat: 'integer',
      }),
      OPTIONS,
    );
    // Firms: one run of two points (the lone 17 is a point only); target: one run of four.
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(7);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Firmalar', 'Hedef']));
  });

  it('writes per cent in the language and cuts a series longer than the categories', () => {
    const { svg } = chartSvg(
      bars({ series: [{ name: 'Pay', values: [12.5, 14, 17.1, 99] }], valueFormat: 'percent' }),
      OPTIONS,
    );
    expect(texts(svg)).toEqual(expect.arrayContaining(['%12,5', '%17,1']));
    expect(texts(svg)).not.toContain('%99,0');
    expect(barRects(svg)).toHaveLength(3);
    expect(
      texts(chartSvg(bars({ valueFormat: 'percent' }), { ...OPTIONS, locale: 'en-GB' }).svg),
    ).toContain('2.4%');
  });

  it('keeps markup in labels as text, escaped', () => {
    const hostile = '<script>alert("x")</script> & \'quote\'';
    const { svg } = chartSvg(
      bars({ categories: [hostile, 'b', 'c'], series: [{ name: hostile, values: [1, 2, 3] }] }),
      OPTIONS,
    );
    expect(xmlWellFormed(svg)).toBeNull();
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('draws a frame saying there is no data when no value is finite', () => {
    const { svg, height } = chartSvg(
      bars({ series: [{ name: 'LQ', values: [null, Number.NaN, Number.POSITIVE_INFINITY] }] }),
      OPTIONS,
    );
    expect(height).toBe(120);
    expect(texts(svg)).toEqual(['Veri yok']);
  });
});
