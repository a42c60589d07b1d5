// The power-interest grid as an ECharts scatter chart: willingness across, influence up, one
// point per organisation coloured by type, four labelled quadrants; a click opens the organisation.

import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, type OrganisationType } from '@kume/core';
import type { PowerInterestPoint } from '@kume/server';
import { HIGH_FROM, spreadPoints } from './powerInterestLayout';

echarts.use([
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

type Option = echarts.ComposeOption<
  ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One colour per organisation type, in ORGANISATION_TYPES order (Mantine's palette). */
const TYPE_COLOURS: Record<OrganisationType, string> = {
  firm: '#1c7ed6',
  supplier: '#15aabf',
  service_provider: '#7950f2',
  university: '#e8590c',
  chamber: '#c2255c',
  ngo: '#2f9e44',
  public_agency: '#f08c00',
  finance: '#495057',
  other: '#868e96',
};

const SCORES = [1, 2, 3, 4, 5];
const MIN = 0.5;
const MAX = 5.5;

/** A tooltip built from text nodes: organisation names are user text and never become HTML. */
function tooltipElement(lines: string[]): HTMLElement {
  const box = document.createElement('div');
  lines.forEach((line, index) => {
    const row = document.createElement('div');
    row.textContent = line;
    if (index === 0) row.style.fontWeight = '600';
    box.appendChild(row);
  });
  return box;
}

export function PowerInterestChart({
  points,
  onOpen,
}: {
  points: PowerInterestPoint[];
  /** Called with the organisation's id when its point is clicked. */
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('stakeholders');
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const open = useRef(onOpen);

  useEffect(() => {
    open.current = onOpen;
  }, [onOpen]);

  // One chart instance for the component's life; it follows its container's size.
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const placed = spreadPoints(points);
    const types = ORGANISATION_TYPES.filter((type) => placed.some((p) => p.type === type));
    const byType = types.map((type) => placed.filter((p) => p.type === type));
    const typeLabel = (type: OrganisationType) => t(`common:organisationType.${type}`);
    const quadrant = (
      name: string,
      x0: number,
      y0: number,
      x1: number,
      y1: number,
      colour: string,
      position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight',
    ) => [
      { name, xAxis: x0, yAxis: y0, itemStyle: { color: colour }, label: { position } },
      { xAxis: x1, yAxis: y1 },
    ];
    const axis = (name: string) => ({
      type: 'value' as const,
      min: MIN,
      max: MAX,
      name,
      nameLocation: 'middle' as const,
      nameGap: 30,
      nameTextStyle: { fontWeight: 'bold' as const },
      axisLabel: { customValues: SCORES },
      axisTick: { customValues: SCORES },
      splitLine: { show: false },
    });
    const option: Option = {
      animation: false,
      grid: { left: 56, right: 16, top: 48, bottom: 56 },
      legend: { top: 0, data: types.map(typeLabel), type: 'scroll' },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const p = item ? byType[item.seriesIndex ?? -1]?.[item.dataIndex] : undefined;
          if (!p) return '';
          return tooltipElement([
            p.name,
            typeLabel(p.type),
            `${t('commitment.willingness')}: ${p.willingness} · ${t('commitment.influence')}: ${p.influence}`,
          ]);
        },
      },
      xAxis: axis(t('powerInterest.xAxis')),
      yAxis: axis(t('powerInterest.yAxis')),
      series: [
        ...byType.map((group, index): ScatterSeriesOption => ({
          type: 'scatter',
          name: typeLabel(types[index] ?? 'other'),
          data: group.map((p) => [p.x, p.y]),
          symbolSize: 13,
          itemStyle: {
            color: TYPE_COLOURS[types[index] ?? 'other'],
            borderColor: '#fff',
            borderWidth: 1,
            opacity: 0.9,
          },
          emphasis: { scale: 1.5 },
          cursor: 'pointer',
        })),
        // The quadrants belong to no type, so hiding a type in the legend keeps them.
        {
          type: 'scatter',
          data: [],
          silent: true,
          markArea: {
            silent: true,
            label: { color: '#495057', fontWeight: 'bold', fontSize: 12 },
            data: [
              quadrant(
                t('powerInterest.quadrant.keep_satisfied'),
                MIN,
                HIGH_FROM,
                HIGH_FROM,
                MAX,
                'rgba(34,139,230,0.07)',
                'insideTopLeft',
              ),
              quadrant(
                t('powerInterest.quadrant.manage_closely'),
                HIGH_FROM,
                HIGH_FROM,
                MAX,
                MAX,
                'rgba(18,184,134,0.12)',
                'insideTopRight',
              ),
              quadrant(
                t('powerInterest.quadrant.monitor'),
                MIN,
                MIN,
                HIGH_FROM,
                HIGH_FROM,
                'rgba(134,142,150,0.06)',
                'insideBottomLeft',
              ),
              quadrant(
                t('powerInterest.quadrant.keep_informed'),
                HIGH_FROM,
                MIN,
                MAX,
                HIGH_FROM,
                'rgba(250,176,5,0.09)',
                'insideBottomRight',
              ),
            ] as NonNullable<ScatterSeriesOption['markArea']>['data'],
          },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: '#adb5bd', type: 'dashed', width: 1 },
            data: [{ xAxis: HIGH_FROM }, { yAxis: HIGH_FROM }],
          },
        },
      ],
    };
    instance.setOption(option, { notMerge: true });
    instance.off('click');
    instance.on('click', (params) => {
      const p = byType[params.seriesIndex ?? -1]?.[params.dataIndex];
      if (p) open.current(p.id);
    });
  }, [points, t, i18n.language]);

  return (
    <div
      ref={element}
      data-testid="power-interest-chart"
      role="img"
      aria-label={t('powerInterest.chartLabel', { count: points.length })}
      style={{ width: '100%', height: 'min(70vh, 560px)', minHeight: 340 }}
    />
  );
}
