// The secondary research: the region's clusters by location quotient, a table of the strongest,
// the focus clusters' employment over time and the focus cluster's LQ in every region, charted
// and on the map.

import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { barChart, lineChart } from '../deckCharts';
import type { DeckStatistics } from '../deckInput';
import { CONTENT, columns, pageTitle, rows, tablePages, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';
import { regionMapSlides } from './regionMapSlides';
import { SECONDARY_WORDS as WORDS } from './secondaryResearchTexts';

function lqSlide(context: DeckContext, stats: DeckStatistics): DeckSlide {
  const words = WORDS[context.language];
  const { format } = context;
  const [chartFrame, side] = columns(CONTENT, [2.3, 1]) as [Frame, Frame];
  const [readFrame, topFrame, sourceFrame] = rows(side, [null, 1.5, 0.75]) as [Frame, Frame, Frame];
  const top = stats.clusters[0];
  const hasFocus = stats.clusters.some((cluster) => cluster.focus);
  const strong = stats.clusters.filter((cluster) => cluster.strong).length;
  return contentSlide(
    context,
    'secondary_research',
    words.lqTitle(stats.region.name),
    [
      barChart(
        chartFrame,
        'horizontal',
        stats.clusters.map((cluster) => cluster.name),
        [{ name: words.lq, values: stats.clusters.map((cluster) => cluster.lq) }],
        {
          valueFormat: 'decimal',
          highlight: stats.clusters.map((cluster) => cluster.focus),
          altText: words.lqTitle(stats.region.name),
        },
      ),
      textBlock(
        'card',
        [{ text: words.howToRead, bold: true }, words.lqMeaning, hasFocus ? words.focusBars : ''],
        readFrame,
      ),
      textBlock(
        'lead',
        top
          ? [
              { text: words.highest(top.name, format.decimal(top.lq)), bold: true },
              words.strongCount(strong),
            ]
          : [],
        topFrame,
      ),
      textBlock(
        'caption',
        [words.source(stats.datasetName, stats.definitionName, stats.lastYear)],
        sourceFrame,
        {
          valign: 'bottom',
        },
      ),
    ],
    notes(
      words.lqNotes(stats.region.name, stats.lastYear),
      stats.clusters
        .slice(0, 5)
        .map((cluster) =>
          words.clusterLine(
            cluster.name,
            format.decimal(cluster.lq),
            format.integer(cluster.employment),
          ),
        )
        .join('\n'),
      words.strongCount(strong),
      words.lqMeaning,
    ),
  );
}

function strongSlides(context: DeckContext, stats: DeckStatistics): DeckSlide[] {
  const words = WORDS[context.language];
  const { format } = context;
  const strong = stats.clusters.filter((cluster) => cluster.strong);
  const listed = strong.length > 0 ? strong : stats.clusters.slice(0, 10);
  const growthHeader =
    stats.firstYear < stats.lastYear
      ? words.growthColumn(stats.firstYear, stats.lastYear)
      : words.growthNone;
  const [tableFrame, captionFrame] = rows(CONTENT, [null, 0.4]) as [Frame, Frame];
  const pages = tablePages(
    [
      { header: words.clusterColumn, weight: 5 },
      { header: words.lq, weight: 1.2, align: 'right' },
      { header: words.employmentColumn(stats.lastYear), weight: 1.8, align: 'right' },
      { header: growthHeader, weight: 2, align: 'right' },
      { header: words.focusColumn, weight: 1.1, align: 'center' },
    ],
    listed.map((cluster) => [
      cluster.name,
      format.decimal(cluster.lq),
      format.integer(cluster.employment),
      cluster.growthPercent === null ? '–' : format.percent(cluster.growthPercent, 1, true),
      cluster.focus ? '★' : '',
    ]),
    tableFrame,
    { max: 16, min: 12 },
  );
  const caption = strong.length > 0 ? words.strongRule : words.noStrong;
  return pages.map((table, index) =>
    contentSlide(
      context,
      'secondary_research',
      pageTitle(words.strongTitle(stats.region.name), index, pages.length),
      [table, textBlock('caption', [caption], captionFrame, { valign: 'bottom' })],
      notes(
        index === 0 && (strong.length > 0 ? words.strongNotes(strong.length) : words.noStrong),
        table.rows.map((row) => row.slice(0, 4).join(' · ')).join('\n'),
        caption,
      ),
    ),
  );
}

function employmentSlide(context: DeckContext, stats: DeckStatistics): DeckSlide {
  const words = WORDS[context.language];
  const { format } = context;
  const series = stats.employmentSeries.filter((one) => one.points.length > 0);
  if (series.length === 0) {
    return noticeSlide(
      context,
      'secondary_research',
      words.employmentTitle,
      words.noFocus,
      'regionProfile',
      words.employmentExplanation,
    );
  }
  // Years every series has, so no line drops to zero where a year is missing.
  const years = [...new Set(series.flatMap((one) => one.points.map((point) => point.year)))]
    .filter((year) => series.every((one) => one.points.some((point) => point.year === year)))
    .sort((a, b) => a - b);
  if (years.length < 2) {
    return noticeSlide(
      context,
      'secondary_research',
      words.employmentTitle,
      words.oneYear,
      'statisticsData',
      words.employmentExplanation,
    );
  }
  const valueAt = (one: (typeof series)[number], year: number) =>
    one.points.find((point) => point.year === year)?.employment ?? 0;
  const [chartFrame, side] = columns(CONTENT, [2.4, 1]) as [Frame, Frame];
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const changes = series.map((one) =>
    words.change(
      one.clusterName,
      format.integer(valueAt(one, first)),
      format.integer(valueAt(one, last)),
      first,
      last,
    ),
  );
  return contentSlide(
    context,
    'secondary_research',
    words.employmentTitle,
    [
      lineChart(
        chartFrame,
        years.map(String),
        series.map((one) => ({
          name: one.clusterName,
          values: years.map((year) => valueAt(one, year)),
        })),
        { valueFormat: 'integer', altText: words.employmentTitle },
      ),
      textBlock(
        'card',
        changes.map((text) => ({ text, bullet: changes.length > 1 })),
        side,
        { fitHeight: true },
      ),
    ],
    notes(words.employmentNotes(stats.region.name, first, last), ...changes),
  );
}

function regionsSlide(context: DeckContext, stats: DeckStatistics): DeckSlide {
  const words = WORDS[context.language];
  const byRegion = stats.lqByRegion;
  if (!byRegion || byRegion.regions.length === 0) {
    return noticeSlide(
      context,
      'secondary_research',
      words.regionsFallbackTitle,
      words.noFocus,
      'regionProfile',
      words.regionsExplanation,
    );
  }
  const { format } = context;
  const [chartFrame, side] = columns(CONTENT, [2.3, 1]) as [Frame, Frame];
  const own = byRegion.regions.findIndex((region) => region.focus);
  const ownRegion = byRegion.regions[own];
  return contentSlide(
    context,
    'secondary_research',
    words.regionsTitle(byRegion.clusterName),
    [
      barChart(
        chartFrame,
        'horizontal',
        byRegion.regions.map((region) => region.name),
        [{ name: words.lq, values: byRegion.regions.map((region) => region.lq) }],
        {
          valueFormat: 'decimal',
          highlight: byRegion.regions.map((region) => region.focus),
          altText: words.regionsTitle(byRegion.clusterName),
        },
      ),
      textBlock(
        'card',
        [
          ownRegion
            ? {
                text: words.rank(ownRegion.name, own + 1, format.decimal(ownRegion.lq)),
                bold: true,
              }
            : { text: words.notListed(stats.region.name), bold: true },
          words.regionsMeaning,
        ],
        side,
        { fitHeight: true },
      ),
    ],
    notes(
      words.regionsNotes(byRegion.clusterName),
      ownRegion
        ? words.rank(ownRegion.name, own + 1, format.decimal(ownRegion.lq))
        : words.notListed(stats.region.name),
      byRegion.regions
        .slice(0, 5)
        .map((region) => `${region.name}: ${format.decimal(region.lq)}`)
        .join('\n'),
    ),
  );
}

export function secondaryResearchSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const stats = context.input.statistics;
  if (!stats || stats.clusters.length === 0) {
    return [
      noticeSlide(
        context,
        'secondary_research',
        words.sectionTitle,
        words.missing,
        'statisticsData',
        words.explanation,
      ),
    ];
  }
  return [
    lqSlide(context, stats),
    ...strongSlides(context, stats),
    employmentSlide(context, stats),
    regionsSlide(context, stats),
    ...regionMapSlides(context, stats),
  ];
}
