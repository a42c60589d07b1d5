// The roadmap document's findings: the starting point (strong and emerging clusters, value-chain
// gaps and investment needs), the vision, the key success factors and the skills gaps, each from
// the roadmap's items with their source.

import { ACTION_LAYERS } from '../roadmap/actionInput';
import { localText } from '../survey/localText';
import type { ReportBlock, ReportSection } from './reportDocument';
import { MISSING, type RoadmapContext } from './roadmapDocumentContext';
import type { RoadmapDocumentItem } from './roadmapDocumentInput';

/** `value` rounded to `digits` decimals, or the missing mark. */
export function rounded(value: number | null | undefined, digits: number): number | string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Items of these kinds still found in their source, in the roadmap's order. */
const present = (context: RoadmapContext, ...kinds: RoadmapDocumentItem['kind'][]) =>
  context.items.filter((item) => kinds.includes(item.kind) && item.sourceState === 'present');

/** "Source: Cluster map, 30.09.2026." from the items' distinct sources, in their order. */
function sourceLine(context: RoadmapContext, items: readonly RoadmapDocumentItem[]): ReportBlock {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const { source } of items) {
    const label = localText(source.label, context.language);
    const part = source.date ? `${label}, ${context.day(source.date)}` : label;
    if (!seen.has(part)) parts.push(part);
    seen.add(part);
  }
  return { kind: 'paragraph', text: context.words.common.source(parts.join('; ')) };
}

function clusterBlocks(context: RoadmapContext): ReportBlock[] {
  const { words } = context;
  const clusters = present(context, 'cluster');
  const heading: ReportBlock = { kind: 'heading', text: words.start.clusters };
  if (clusters.length === 0)
    return [
      heading,
      context.whyEmpty('statistics') ?? { kind: 'paragraph', text: words.start.noClusters },
    ];
  const standing = (item: RoadmapDocumentItem) =>
    words.standings[
      item.figures.strong === 1 ? 'strong' : item.figures.emerging === 1 ? 'emerging' : 'focus'
    ];
  const source = localText(clusters[0]!.source.label, context.language);
  const blocks: ReportBlock[] = [
    heading,
    {
      kind: 'table',
      columns: words.start.clusterColumns,
      rows: clusters.map((item) => [
        context.itemTitle(item),
        standing(item),
        rounded(item.figures.lq, 2),
        rounded(item.figures.employment, 0),
        rounded(item.figures.growthPercent, 1),
      ]),
    },
    sourceLine(context, clusters),
  ];
  const withLq = clusters.filter((item) => item.figures.lq !== undefined);
  if (withLq.length >= 2)
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      categories: withLq.map((item) => context.itemTitle(item)),
      series: [{ name: 'LQ', values: withLq.map((item) => item.figures.lq ?? null) }],
      valueFormat: 'decimal',
      caption: words.start.lqCaption(source),
    });
  blocks.push({ kind: 'paragraph', text: words.start.lqNote });
  return blocks;
}

function gapBlocks(context: RoadmapContext): ReportBlock[] {
  const { words } = context;
  const gaps = present(context, 'value_chain_gap', 'investment_need');
  const heading: ReportBlock = { kind: 'heading', text: words.start.gaps };
  if (gaps.length === 0) {
    const why = context.whyEmpty('map');
    return [heading, why ?? { kind: 'paragraph', text: words.start.noGaps }];
  }
  return [
    heading,
    {
      kind: 'table',
      columns: words.start.gapColumns,
      rows: gaps.map((item) => [
        context.itemTitle(item),
        words.kinds[item.kind],
        rounded(item.score, 2),
        localText(item.detail, context.language) || MISSING,
      ]),
    },
    sourceLine(context, gaps),
    { kind: 'paragraph', text: words.start.gapNote },
  ];
}

export function startingPointSection(context: RoadmapContext): ReportSection {
  return {
    title: context.words.sections.startingPoint,
    blocks: [
      { kind: 'paragraph', text: context.words.start.intro },
      ...clusterBlocks(context),
      ...gapBlocks(context),
    ],
  };
}

/** The vision item still in its source, else the last one found; undefined when none. */
export function visionItem(context: RoadmapContext): RoadmapDocumentItem | undefined {
  const visions = context.items.filter((item) => item.kind === 'vision');
  return visions.find((item) => item.sourceState === 'present') ?? visions[0];
}

/** How the roadmap leads to the vision: the heaviest factors and the actions by layer. */
function roadToVision(context: RoadmapContext): ReportBlock[] {
  const { words } = context;
  const blocks: ReportBlock[] = [];
  const heaviest = present(context, 'success_factor')
    .filter((item) => item.weight !== null)
    .slice(0, 3);
  if (heaviest.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: words.vision.factors(
        heaviest
          .map(
            (item) =>
              `${context.itemTitle(item)} (${context.format.percent((item.weight ?? 0) * 100, 0)})`,
          )
          .join('; '),
      ),
    });
  const live = context.input.actions.filter((action) => action.status !== 'cancelled');
  if (live.length > 0) {
    const parts = ACTION_LAYERS.flatMap((layer) => {
      const count = live.filter((action) => action.layer === layer).length;
      return count > 0 ? [words.vision.layerPart(words.layers[layer], count)] : [];
    });
    blocks.push({ kind: 'paragraph', text: words.vision.plan(live.length, parts.join(', ')) });
  }
  return blocks;
}

export function visionSection(context: RoadmapContext): ReportSection {
  const { words } = context;
  const title = words.sections.vision;
  const vision = visionItem(context);
  if (!vision)
    return {
      title,
      blocks: [context.whyEmpty('vision') ?? context.notYet(words.missing.no_vision_workshop)],
    };
  const label = localText(vision.source.label, context.language);
  const source = vision.source.date
    ? words.vision.source(label, context.day(vision.source.date))
    : words.common.source(label);
  const confirmed =
    vision.figures.confirmedBy !== undefined
      ? `${words.vision.confirmed(vision.figures.confirmedBy)} `
      : '';
  return {
    title,
    blocks: [
      { kind: 'note', text: localText(vision.detail, context.language) },
      { kind: 'paragraph', text: `${confirmed}${source}` },
      ...roadToVision(context),
    ],
  };
}

export function factorsSection(context: RoadmapContext): ReportSection {
  const { words } = context;
  const title = words.sections.factors;
  const factors = present(context, 'success_factor');
  if (factors.length === 0)
    return {
      title,
      blocks: [context.whyEmpty('factors') ?? context.notYet(words.missing.no_factors_workshop)],
    };
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: words.factors.intro },
    {
      kind: 'table',
      columns: words.factors.columns,
      rows: factors.map((item, index) => [
        String(index + 1),
        context.itemTitle(item),
        rounded(item.weight === null ? null : item.weight * 100, 1),
        rounded(item.figures.performance, 2),
        item.quadrant ? words.quadrants[item.quadrant] : MISSING,
        context.addressedBy(item.key),
      ]),
    },
    sourceLine(context, factors),
  ];
  const concentrate = factors.filter((item) => item.quadrant === 'concentrate_here');
  if (concentrate.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: words.factors.concentrate(
        concentrate.map((item) => context.itemTitle(item)).join('; '),
      ),
    });
  const weighted = factors.filter((item) => item.weight !== null);
  if (weighted.length >= 2)
    blocks.push({
      kind: 'chart',
      chart: 'bar',
      categories: weighted.map((item) => context.itemTitle(item)),
      series: [
        {
          name: words.factors.columns[2] ?? '',
          values: weighted.map((item) => Math.round((item.weight ?? 0) * 1000) / 10),
        },
      ],
      valueFormat: 'percent',
      caption: words.factors.caption,
    });
  blocks.push({ kind: 'paragraph', text: words.factors.quadrantNote });
  return { title, blocks };
}

export function skillsSection(context: RoadmapContext): ReportSection {
  const { words } = context;
  const title = words.sections.skills;
  const skills = present(context, 'skill_gap');
  if (skills.length === 0)
    return {
      title,
      blocks: [context.whyEmpty('skills') ?? context.notYet(words.missing.no_skills_workshop)],
    };
  const parentTitle = (item: RoadmapDocumentItem) => {
    const parent = item.parentKey ? context.itemByKey.get(item.parentKey) : undefined;
    return parent ? context.itemTitle(parent) : MISSING;
  };
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: words.skills.intro },
      {
        kind: 'table',
        columns: words.skills.columns,
        rows: skills.map((item, index) => [
          String(item.figures.rank ?? index + 1),
          context.itemTitle(item),
          parentTitle(item),
          rounded(item.figures.current, 2),
          rounded(item.figures.required, 2),
          rounded(item.figures.gap, 2),
          rounded(item.score, 2),
          context.addressedBy(item.key),
        ]),
      },
      sourceLine(context, skills),
      ...skillsChart(context, skills),
    ],
  };
}

/** Current and required level of each rated skill, side by side: the gap as a picture. */
function skillsChart(
  context: RoadmapContext,
  skills: readonly RoadmapDocumentItem[],
): ReportBlock[] {
  const rated = skills.filter(
    (item) => item.figures.current !== undefined && item.figures.required !== undefined,
  );
  if (rated.length < 2) return [];
  const { words } = context;
  return [
    {
      kind: 'chart',
      chart: 'bar',
      categories: rated.map((item) => context.itemTitle(item)),
      series: [
        { name: words.skills.current, values: rated.map((item) => item.figures.current ?? null) },
        { name: words.skills.required, values: rated.map((item) => item.figures.required ?? null) },
      ],
      valueFormat: 'decimal',
      caption: words.skills.caption,
    },
  ];
}
