// The ECharts option of the action plan's timeline: one bar per action from its start to the end
// of its last day, coloured by status, with lines at today and where the short and medium terms end.

import {
  CustomChart,
  LineChart,
  type CustomSeriesOption,
  type LineSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ActionStatus } from '@kume/core';
import { tooltipElement } from '../../statistics/charts/tooltipElement';
import { STATUS_HEX } from './statusColours';

echarts.use([CustomChart, LineChart, GridComponent, MarkLineComponent, TooltipComponent]);

export type GanttOption = echarts.ComposeOption<
  CustomSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption
>;

export interface GanttAction {
  title: string;
  startOn: string;
  endOn: string;
  status: ActionStatus;
}

export interface GanttSettings {
  /** Tooltip lines of an action (title first), in the UI language. */
  describe: (action: GanttAction) => string[];
  /** Vertical lines (today, the ends of the terms), labelled above the bars on one of two rows. */
  marks: { on: string; label: string; colour: string; row: 0 | 1 }[];
  /** Axis dates in the UI language. */
  formatDate: (time: number) => string;
}

const DAY = 86_400_000;
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Bar height as a share of a row. */
const BAR_SHARE = 0.6;

/** A bar per action, top to bottom in the order given; an action's last day is drawn in full. */
export function ganttOption(actions: readonly GanttAction[], settings: GanttSettings): GanttOption {
  const renderItem: CustomSeriesOption['renderItem'] = (params, api) => {
    const row = api.value(0);
    const from = api.coord([api.value(1), row]);
    const to = api.coord([api.value(2), row]);
    const size = api.size?.([0, 1]);
    const height = (Array.isArray(size) ? (size[1] ?? 20) : 20) * BAR_SHARE;
    const [x0 = 0, y0 = 0] = from;
    const [x1 = 0] = to;
    const area = params.coordSys as unknown as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    const shape = echarts.graphic.clipRectByRect(
      { x: x0, y: y0 - height / 2, width: Math.max(2, x1 - x0), height },
      { x: area.x, y: area.y, width: area.width, height: area.height },
    );
    return shape
      ? { type: 'rect', shape: { ...shape, r: 3 }, style: api.style(), transition: ['shape'] }
      : null;
  };

  return {
    animation: false,
    grid: { left: 8, right: 48, top: 44, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { dataIndex } = params as { dataIndex: number };
        const action = actions[dataIndex];
        return action ? tooltipElement(settings.describe(action)) : '';
      },
    },
    xAxis: {
      type: 'time',
      splitLine: { show: true, lineStyle: { color: '#f1f3f5' } },
      axisLabel: { formatter: (value: number) => settings.formatDate(value), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: actions.map((action) => action.title),
      axisTick: { show: false },
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [1, 2], y: 0 },
        data: actions.map((action, row) => ({
          value: [row, timeOf(action.startOn), timeOf(action.endOn) + DAY],
          itemStyle: { color: STATUS_HEX[action.status] },
        })),
      },
      {
        type: 'line',
        data: [],
        silent: true,
        markLine: {
          symbol: 'none',
          silent: true,
          data: settings.marks.map((mark) => ({
            xAxis: timeOf(mark.on),
            // The category axis runs top down, so a vertical line starts above the bars.
            label: {
              formatter: mark.label,
              position: 'start',
              distance: 4 + 16 * mark.row,
              color: mark.colour,
            },
            lineStyle: { color: mark.colour, type: 'dashed' },
          })),
        },
      },
    ],
  };
}
