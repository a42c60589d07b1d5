import { describe, expect, it } from 'vitest';
import type { DeckChartBlock, DeckSlide } from '../deckModel';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { emptyDeckInput, richDeckInput } from '../fixtures/richDeckInput';
import { secondaryResearchSlides } from './secondaryResearchSlides';

const chartOf = (slide: DeckSlide | undefined) =>
  slide?.blocks.find((block): block is DeckChartBlock => block.kind === 'chart');

describe('secondaryResearchSlides', () => {
  it('charts the clusters by LQ with the focus clusters highlighted', () => {
    const input = richDeckInput('en');
    const [lq] = secondaryResearchSlides(testContext(input, 'en'));
    const chart = chartOf(lq);
    expect(chart?.chart).toBe('bar');
    expect(chart?.categories[0]).toBe('Metalworking Technology');
    expect(chart?.series[0]?.values).toEqual(
      input.statistics?.clusters.map((cluster) => cluster.lq),
    );
    expect(chart?.highlight?.slice(0, 3)).toEqual([true, true, false]);
    expect(lq?.notes).toContain('Metalworking Technology: LQ 2.41, 18,420 employees.');
  });

  it('tabulates the strong clusters only, and charts employment and the LQ by region', () => {
    const [, strong, employment, regions] = secondaryResearchSlides(
      testContext(richDeckInput('tr'), 'tr'),
    );
    const table = strong?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(6);
    expect(table?.kind === 'table' && table.rows[0]).toEqual([
      'Metal İşleme Teknolojisi',
      '2,41',
      '18.420',
      '+%4,8',
      '★',
    ]);
    const line = chartOf(employment);
    expect(line?.chart).toBe('line');
    expect(line?.categories).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(line?.series[1]?.values).toEqual([19_180, 19_420, 20_560, 21_640, 22_310]);
    expect(regions?.title).toBe('Üretim Teknolojisi ve Ağır Makine: bölgelere göre LQ');
    expect(regions && slideText(regions)).toContain('İzmir bu listede 6. sırada (LQ 1,98).');
  });

  it('ends with the focus cluster’s LQ on the map of the regions', () => {
    const slides = secondaryResearchSlides(testContext(richDeckInput('en'), 'en'));
    expect(slides).toHaveLength(5);
    expect(slides[4]?.title).toBe(
      'Production Technology and Heavy Machinery: location quotient by region',
    );
    expect(slides[4]?.blocks.some((block) => block.kind === 'region_map')).toBe(true);
  });

  it('lists the highest LQs when no cluster is strong', () => {
    const input = richDeckInput('en');
    if (input.statistics)
      input.statistics.clusters = input.statistics.clusters.map((cluster) => ({
        ...cluster,
        strong: false,
      }));
    const [, strong] = secondaryResearchSlides(testContext(input, 'en'));
    expect(strong && slideText(strong)).toContain('No cluster meets the strong-cluster rule');
  });

  it('says what is missing: statistics, a second year, a focus cluster', () => {
    const [none] = secondaryResearchSlides(testContext(emptyDeckInput(), 'en'));
    expect(none && slideText(none)).toContain('Regional statistics have not been imported yet.');
    expect(none && slideText(none)).toContain('Field study > Secondary research > Data');

    const oneYear = richDeckInput('en');
    if (oneYear.statistics) {
      oneYear.statistics.employmentSeries = oneYear.statistics.employmentSeries.map((series) => ({
        ...series,
        points: series.points.slice(-1),
      }));
      oneYear.statistics.lqByRegion = null;
    }
    const [, , employment, regions] = secondaryResearchSlides(testContext(oneYear, 'en'));
    expect(employment && slideText(employment)).toContain('The dataset has one year only');
    expect(regions && slideText(regions)).toContain(
      'Field study > Secondary research > Region profile',
    );
  });
});
