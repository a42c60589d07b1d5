// The focus cluster's location quotient on a map of the regions: a choropleth drawn as shapes,
// the regions with the highest LQ numbered on it and named beside it, our region outlined.

import { compareText } from '../../text/compareText';
import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import type { DeckStatistics } from '../deckInput';
import { CONTENT, columns, rows, textBlock } from '../deckLayout';
import type { DeckSlide, Frame, LqClass } from '../deckModel';
import { LQ_CLASSES, lqClass, regionMapLayout } from '../regionMapLayout';
import { REGION_MAP_WORDS as WORDS } from './regionMapTexts';

/**
 * The map slide, a notice saying where to import a map when the project has none that matches
 * the dataset, or nothing when there is no focus cluster (the LQ-by-region slide says so).
 */
export function regionMapSlides(context: DeckContext, stats: DeckStatistics): DeckSlide[] {
  const words = WORDS[context.language];
  const { format } = context;
  const byRegion = stats.lqByRegion;
  if (!byRegion) return [];
  const map = stats.regionMap;
  if (!map || !map.regions.some((region) => region.rings.length > 0)) {
    return [
      noticeSlide(
        context,
        'secondary_research',
        words.title(byRegion.clusterName),
        words.missing,
        'statisticsMaps',
        words.explanation,
      ),
    ];
  }
  const title = words.title(map.clusterName);
  const [mapFrame, side] = columns(CONTENT, [2.75, 1], 0.25) as [Frame, Frame];
  const [listFrame, sourceFrame] = rows(side, [null, 0.95]) as [Frame, Frame];
  const layout = regionMapLayout(map, mapFrame, words.legend(format.decimal), {
    numbered: 5,
    altText: title,
  });

  const ranked = map.regions
    .filter((region) => lqClass(region.lq) !== 'none')
    .sort((a, b) => (b.lq as number) - (a.lq as number) || compareText('tr', a.name, b.name));
  const ownIndex = ranked.findIndex((region) => region.focus);
  const own = ranked[ownIndex];
  const onMap = map.regions.find((region) => region.focus);
  const ownLine = own
    ? words.own(own.name, format.decimal(own.lq as number), ownIndex + 1, ranked.length)
    : onMap
      ? words.ownNoData(onMap.name)
      : words.ownMissing(stats.region.name);
  const counts = Object.fromEntries(LQ_CLASSES.map((one) => [one, 0])) as Record<LqClass, number>;
  for (const region of map.regions) counts[lqClass(region.lq)] += 1;
  const listed = layout.listed.map((entry) =>
    words.listed(entry.number, entry.name, format.decimal(entry.lq)),
  );

  return [
    contentSlide(
      context,
      'secondary_research',
      title,
      [
        layout.block,
        textBlock(
          'card',
          [
            { text: words.highest, bold: true },
            ...listed,
            { text: ownLine, bold: true },
            words.reading,
          ],
          listFrame,
          { max: 14, min: 9, fitHeight: true },
        ),
        textBlock(
          'caption',
          [
            words.source(stats.datasetName, stats.lastYear, map.mapName),
            counts.none > 0 ? words.noData(counts.none) : '',
          ],
          sourceFrame,
          { valign: 'bottom' },
        ),
      ],
      notes(
        words.notes(map.clusterName, stats.lastYear),
        words.classCounts(counts),
        ownLine,
        listed.length > 0 &&
          words.highestNotes(
            layout.listed.map((entry) => `${entry.name} ${format.decimal(entry.lq)}`).join(', '),
          ),
      ),
    ),
  ];
}
