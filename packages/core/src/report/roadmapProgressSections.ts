// The roadmap document's evidence of progress and its annex: the cluster management's
// self-assessment (score by area, change since the last one), the change in the cluster network,
// and every item traced to its source and the actions that address it.

import { SELF_ASSESSMENT_AREA_NAMES } from '../roadmap/selfAssessment';
import { localText } from '../survey/localText';
import type { ReportBlock, ReportSection } from './reportDocument';
import { MISSING, type RoadmapContext } from './roadmapDocumentContext';
import { rounded } from './roadmapFindingSections';

/** Organisations with the most new ties, at most. */
export const MAX_GAINERS = 8;

export function selfAssessmentSection(context: RoadmapContext): ReportSection {
  const { input, words, language } = context;
  const w = words.selfAssessment;
  const title = words.sections.selfAssessment;
  const assessments = input.selfAssessment?.assessments ?? [];
  const latest = assessments.at(-1);
  if (!latest) return { title, blocks: [context.notYet(w.noAssessment)] };
  const previous = assessments.length >= 2 ? assessments.at(-2) : undefined;
  const comparison = previous ? (input.selfAssessment?.comparison ?? null) : null;
  const { score } = latest;
  const areaName = (area: keyof typeof SELF_ASSESSMENT_AREA_NAMES) =>
    SELF_ASSESSMENT_AREA_NAMES[area][language];
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: w.intro },
    { kind: 'paragraph', text: w.latest(latest.title, context.day(latest.assessedOn)) },
    {
      kind: 'keyValues',
      items: [
        {
          key: w.indicative,
          value: score.overall.indicativeLevel
            ? words.levels[score.overall.indicativeLevel]
            : MISSING,
        },
        { key: w.answered, value: `${score.overall.answered} / ${score.overall.total}` },
      ],
    },
  ];
  if (comparison && previous) {
    const before = context.day(previous.assessedOn);
    blocks.push({
      kind: 'table',
      columns: w.areaColumnsCompared(before),
      rows: comparison.areas.map((area) => {
        const group = score.areas.find((g) => g.area === area.area);
        return [
          areaName(area.area),
          group ? `${group.answered} / ${group.total}` : MISSING,
          rounded(area.meanPointsBefore, 2),
          rounded(area.meanPointsAfter, 2),
          words.changes[area.change],
        ];
      }),
    });
    blocks.push({
      kind: 'paragraph',
      text: w.change(
        before,
        comparison.improved.length,
        comparison.fell.length,
        comparison.improvedAreas.map(areaName).join(', ') || words.common.none,
      ),
    });
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      categories: comparison.areas.map((area) => areaName(area.area)),
      series: [
        { name: before, values: comparison.areas.map((area) => area.meanPointsBefore) },
        {
          name: context.day(latest.assessedOn),
          values: comparison.areas.map((area) => area.meanPointsAfter),
        },
      ],
      valueFormat: 'decimal',
      caption: w.caption,
    });
  } else {
    blocks.push({
      kind: 'table',
      columns: w.areaColumns,
      rows: score.areas.map((group) => [
        areaName(group.area),
        `${group.answered} / ${group.total}`,
        rounded(group.meanPoints, 2),
      ]),
    });
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      categories: score.areas.map((group) => areaName(group.area)),
      series: [
        { name: context.day(latest.assessedOn), values: score.areas.map((g) => g.meanPoints) },
      ],
      valueFormat: 'decimal',
      caption: w.caption,
    });
    blocks.push(context.notYet(w.onlyOne));
  }
  const withoutEvidence = score.indicators.filter((s) => s.evidenceMissing).length;
  if (withoutEvidence > 0)
    blocks.push({ kind: 'paragraph', text: w.evidenceMissing(withoutEvidence) });
  return { title, blocks };
}

export function networkSection(context: RoadmapContext): ReportSection {
  const { input, words } = context;
  const w = words.network;
  const title = words.sections.network;
  const network = input.networkChange;
  if (!network || network.relationCount === 0)
    return { title, blocks: [context.notYet(w.noRelations)] };
  const { change } = network;
  const period = (p: { from?: string; to: string }) =>
    w.period(p.from ? context.day(p.from) : null, context.day(p.to));
  const percent = (density: number) => context.format.percent(density * 100, 1);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: w.intro },
    {
      kind: 'keyValues',
      items: [
        { key: w.relations, value: String(network.relationCount) },
        {
          key: w.periods,
          value: `${w.before}: ${period(network.before)}\n${w.after}: ${period(network.after)}`,
        },
        { key: w.organisations, value: String(change.after.organisations) },
        { key: w.ties, value: `${change.before.ties} → ${change.after.ties}` },
        {
          key: w.density,
          value: `${percent(change.before.density)} → ${percent(change.after.density)}`,
        },
        { key: w.newTies, value: String(change.newTies.length) },
        { key: w.lostTies, value: String(change.lostTies.length) },
      ],
    },
  ];
  // Two points make a line that says no more than the two densities above it.
  if (network.densityByDate.length >= 3)
    blocks.push({
      kind: 'chart',
      chart: 'line',
      categories: network.densityByDate.map((point) => context.month(point.on)),
      series: [
        {
          name: w.density,
          values: network.densityByDate.map((point) => Math.round(point.density * 1000) / 10),
        },
      ],
      valueFormat: 'percent',
      caption: w.caption,
    });
  const gainers = change.gainers.slice(0, MAX_GAINERS);
  if (gainers.length > 0)
    blocks.push(
      { kind: 'heading', text: w.gainers },
      {
        kind: 'table',
        columns: w.gainerColumns,
        rows: gainers.map((gainer) => [
          network.organisationNames[gainer.organisationId] ?? '?',
          gainer.tiesBefore,
          gainer.tiesAfter,
          gainer.newTies,
        ]),
      },
    );
  return { title, blocks };
}

export function annexSection(context: RoadmapContext): ReportSection {
  const { words } = context;
  const title = words.sections.annex;
  if (context.items.length === 0)
    return {
      title,
      blocks: [
        context.input.assembledAt === null
          ? context.notYet(words.notAssembled)
          : { kind: 'paragraph', text: words.annex.noItems },
      ],
    };
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: words.annex.intro },
      {
        kind: 'table',
        columns: words.annex.columns,
        rows: context.items.map((item, index) => [
          String(index + 1),
          item.sourceState === 'gone'
            ? `${context.itemTitle(item)} (${words.common.gone})`
            : context.itemTitle(item),
          words.kinds[item.kind],
          localText(item.source.label, context.language),
          item.source.date ? context.day(item.source.date) : MISSING,
          context.addressedBy(item.key),
        ]),
      },
    ],
  };
}
