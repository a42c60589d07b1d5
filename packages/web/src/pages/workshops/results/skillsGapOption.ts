// The ECharts option of the skills gap matrix: importance across, gap (required - current) up, one
// point per skill labelled with its rank, shortfalls above the zero line and surpluses below.

import type { ScatterSeriesOption } from 'echarts/charts';
import type { SkillGap } from '@kume/core';
import { tooltipElement } from '../../statistics/charts/tooltipElement';
import type { ScatterOption } from './ipaOption';

export interface SkillsGapOptionSettings {
  axisNames: { importance: string; gap: string };
  /** One tooltip line per skill: its priority, ratings and heading, in the UI language. */
  describe: (skill: Omit<SkillGap, 'id'>) => string[];
  large?: boolean;
}

/** Shortfalls red, surpluses and no gap grey. */
export const gapColour = (gap: number) => (gap > 0 ? '#e03131' : '#868e96');

/**
 * Skills with importance and gap, labelled with their rank in the ranked list. The axes cover the
 * 1-5 importance scale and a gap of -4..4 (the widest on 1-5 ratings), widened if a value is past.
 */
export function skillsGapOption(
  skills: readonly Omit<SkillGap, 'id'>[],
  settings: SkillsGapOptionSettings,
): ScatterOption {
  const placed = skills.filter(
    (skill): skill is Omit<SkillGap, 'id'> & { importance: number; gap: number } =>
      skill.importance !== null && skill.gap !== null,
  );
  const gapLimit = Math.max(4, ...placed.map((skill) => Math.ceil(Math.abs(skill.gap))));
  const fontSize = settings.large ? 18 : 12;
  const axis = (name: string, min: number, max: number) => ({
    type: 'value' as const,
    min,
    max,
    name,
    nameLocation: 'middle' as const,
    nameGap: settings.large ? 44 : 32,
    nameTextStyle: { fontWeight: 'bold' as const, fontSize },
    axisLabel: { fontSize },
    splitLine: { show: false },
  });
  const series: ScatterSeriesOption = {
    type: 'scatter',
    data: placed.map((skill) => ({
      value: [skill.importance, skill.gap],
      itemStyle: { color: gapColour(skill.gap) },
    })),
    symbolSize: settings.large ? 26 : 18,
    itemStyle: { borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
    label: {
      show: true,
      color: '#fff',
      fontSize: settings.large ? 14 : 10,
      fontWeight: 'bold',
      formatter: (params) => String(placed[params.dataIndex]?.rank ?? ''),
    },
    markLine: {
      silent: true,
      symbol: 'none',
      label: { show: false },
      lineStyle: { color: '#868e96', type: 'dashed', width: 1 },
      data: [{ yAxis: 0 }],
    },
  };
  return {
    animation: false,
    grid: { left: settings.large ? 80 : 56, right: 24, top: 16, bottom: settings.large ? 70 : 56 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const skill = placed[item?.dataIndex ?? -1];
        return skill ? tooltipElement([skill.text, ...settings.describe(skill)]) : '';
      },
    },
    xAxis: axis(settings.axisNames.importance, 1, 5),
    yAxis: axis(settings.axisNames.gap, -gapLimit, gapLimit),
    series: [series],
  };
}
