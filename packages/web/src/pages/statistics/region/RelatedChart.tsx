// The related-cluster network of the focus region: clusters as nodes (area by employment), links
// between strongly related clusters, the region's strong clusters highlighted and the missing
// neighbours (related to a strong cluster, not strong here) marked as gaps to build on.

import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import {
  LegendComponent,
  TooltipComponent,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../charts/EChart';
import { tooltipElement } from '../charts/tooltipElement';
import type { RelatedView } from '../types';
import type { StatsFormat } from '../useStatsFormat';
import { OTHER_COLOUR, STRONG_COLOUR } from './PortfolioChart';

echarts.use([GraphChart, LegendComponent, TooltipComponent]);

type Option = echarts.ComposeOption<
  GraphSeriesOption | LegendComponentOption | TooltipComponentOption
>;

const MISSING_COLOUR = '#f76707';
const CATEGORIES = ['strong', 'missing', 'other'] as const;

export function RelatedChart({
  related,
  title,
  format,
  phone,
}: {
  related: RelatedView;
  title: string;
  format: StatsFormat;
  phone: boolean;
}) {
  const { t } = useTranslation('statistics');

  const option = useMemo((): Option => {
    const missing = new Set(related.missing.map((m) => m.relatedCluster));
    // Only clusters with a link, or strong ones: the rest would float unconnected.
    const linked = new Set(related.links.flatMap((l) => [l.source, l.target]));
    const nodes = related.nodes.filter((n) => n.strong || linked.has(n.cluster));
    const largest = Math.max(1, ...nodes.map((n) => n.employment));
    const category = (n: (typeof nodes)[number]) => (n.strong ? 0 : missing.has(n.cluster) ? 1 : 2);
    const byId = new Map(nodes.map((n) => [n.cluster, n]));
    const links = related.links.filter((l) => byId.has(l.source) && byId.has(l.target));
    return {
      animation: false,
      legend: { top: 0, data: CATEGORIES.map((c) => t(`related.${c}`)) },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          if (!item) return '';
          if (item.dataType === 'edge') {
            const link = links[item.dataIndex];
            if (!link) return '';
            return tooltipElement([
              `${byId.get(link.source)?.clusterName ?? link.source} — ${byId.get(link.target)?.clusterName ?? link.target}`,
              `${t('related.percentile')}: ${format.count(link.percentile)}`,
            ]);
          }
          const node = nodes[item.dataIndex];
          if (!node) return '';
          return tooltipElement([
            node.clusterName,
            t(`related.${CATEGORIES[category(node)]}`),
            `${t('column.employment')}: ${format.count(node.employment)}`,
            `${t('column.lq')}: ${format.lq(node.lq)}`,
          ]);
        },
      },
      series: [
        {
          type: 'graph',
          layout: 'force',
          // A fixed start and no animation: the same network draws the same way, on screen and
          // in the SVG export.
          force: {
            initLayout: 'circular',
            layoutAnimation: false,
            repulsion: phone ? 90 : 160,
            edgeLength: [40, 120],
            gravity: 0.12,
          },
          roam: true,
          draggable: true,
          top: 40,
          categories: CATEGORIES.map((c, i) => ({
            name: t(`related.${c}`),
            itemStyle: { color: [STRONG_COLOUR, MISSING_COLOUR, OTHER_COLOUR][i] },
          })),
          data: nodes.map((n) => ({
            id: n.cluster,
            name: n.clusterName,
            category: category(n),
            symbolSize: 8 + (phone ? 22 : 34) * Math.sqrt(n.employment / largest),
            itemStyle: { borderColor: '#fff', borderWidth: 1 },
            label: { show: category(n) < 2 },
          })),
          links: links.map((l) => ({
            source: l.source,
            target: l.target,
            lineStyle: { width: 0.5 + Math.max(0, l.percentile - 90) / 4, opacity: 0.5 },
          })),
          label: { position: 'right', fontSize: 10, width: 120, overflow: 'truncate' },
          labelLayout: { hideOverlap: true },
          lineStyle: { color: '#adb5bd', curveness: 0.1 },
          emphasis: { focus: 'adjacency', label: { show: true } },
        },
      ],
    };
  }, [related, t, format, phone]);

  return (
    <EChart
      option={option}
      height={phone ? 420 : 560}
      testId="related-chart"
      label={t('related.chartLabel', {
        strong: related.strong.length,
        missing: related.missing.length,
      })}
      title={title}
    />
  );
}
