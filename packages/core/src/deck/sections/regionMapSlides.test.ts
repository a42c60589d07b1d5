import { describe, expect, it } from 'vitest';
import type { DeckRegionMapBlock, DeckSlide } from '../deckModel';
import { slideText, testContext } from '../fixtures/deckTestHelpers';
import { richDeckInput } from '../fixtures/richDeckInput';
import { regionMapSlides } from './regionMapSlides';

const mapOf = (slide: DeckSlide | undefined) =>
  slide?.blocks.find((block): block is DeckRegionMapBlock => block.kind === 'region_map');

function slidesFor(
  language: 'tr' | 'en',
  change?: (input: ReturnType<typeof richDeckInput>) => void,
) {
  const input = richDeckInput(language);
  change?.(input);
  if (!input.statistics) throw new Error('the rich input has statistics');
  return regionMapSlides(testContext(input, language), input.statistics);
}

describe('regionMapSlides', () => {
  it('draws every region of the map in its class, our region outlined, the top five named beside it', () => {
    const [slide] = slidesFor('en');
    expect(slide?.title).toBe(
      'Production Technology and Heavy Machinery: location quotient by region',
    );
    const map = mapOf(slide);
    expect(map?.regions).toHaveLength(10);
    expect(map?.regions.filter((region) => region.focus).map((region) => region.name)).toEqual([
      'İzmir',
    ]);
    expect(map?.labels.map((label) => label.number)).toEqual([1, 2, 3, 4, 5]);
    const text = slide ? slideText(slide) : '';
    expect(text).toContain('1  Bursa: 2.87');
    expect(text).toContain('5  İzmir: 1.98');
    expect(text).toContain('İzmir: LQ 1.98, ranked 5 of 9 regions.');
    expect(text).toContain('No data');
    expect(text).toContain('Grey: no data for 1 region.');
    expect(text).toContain('map: Türkiye NUTS-2 (test)');
  });

  it('says in the notes what the map shows, with the count of regions in each class', () => {
    const [slide] = slidesFor('en');
    expect(slide?.notes).toContain(
      'location quotient of Production Technology and Heavy Machinery in 2023',
    );
    expect(slide?.notes).toContain(
      '4 regions have an LQ of 2 or more, 2 between 1.25 and 2, 2 between 0.8 and 1.25, 1 below 0.8; 1 has no data.',
    );
    expect(slide?.notes).toContain(
      'The highest LQs: Bursa 2.87, Konya 2.64, Kocaeli 2.31, Manisa 2.12, İzmir 1.98.',
    );
  });

  it('writes Turkish with Turkish decimals', () => {
    const [slide] = slidesFor('tr');
    expect(slide?.title).toBe(
      'Üretim Teknolojisi ve Ağır Makine: bölgelere göre yerelleşme katsayısı',
    );
    const text = slide ? slideText(slide) : '';
    expect(text).toContain('1  Bursa: 2,87');
    expect(text).toContain('İzmir: LQ 1,98, 9 bölge içinde 5. sırada.');
    expect(text).toContain('0,8–1,25');
    expect(slide?.notes).toContain('LQ’su 2 veya üzeri olan 4 bölge');
  });

  it('says where our region stands when it has no data or is not on the map', () => {
    const [noData] = slidesFor('en', (input) => {
      const izmir = input.statistics?.regionMap?.regions.find((region) => region.focus);
      if (izmir) izmir.lq = null;
    });
    expect(noData && slideText(noData)).toContain('There are no data for İzmir in this cluster.');
    const [missing] = slidesFor('en', (input) => {
      const map = input.statistics?.regionMap;
      if (map) map.regions = map.regions.filter((region) => !region.focus);
    });
    expect(missing && slideText(missing)).toContain('İzmir is not on this map.');
    expect(mapOf(missing)?.regions.some((region) => region.focus)).toBe(false);
  });

  it('tells where to import a map when the project has none, and adds nothing without a focus cluster', () => {
    for (const regionMap of [null, undefined]) {
      const [notice] = slidesFor('en', (input) => {
        if (input.statistics) input.statistics.regionMap = regionMap;
      });
      expect(mapOf(notice)).toBeUndefined();
      expect(notice && slideText(notice)).toContain('No map of the regions has been imported');
      expect(notice && slideText(notice)).toContain(
        'Field study > Secondary research > Data > Maps',
      );
    }
    const [tr] = slidesFor('tr', (input) => {
      if (input.statistics) input.statistics.regionMap = null;
    });
    expect(tr && slideText(tr)).toContain(
      'Saha çalışması > İkincil araştırma > Veriler > Haritalar',
    );
    expect(
      slidesFor('en', (input) => {
        if (input.statistics) input.statistics.lqByRegion = null;
      }),
    ).toEqual([]);
  });
});
