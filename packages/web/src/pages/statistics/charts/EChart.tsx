// One ECharts chart of the statistics screens: drawn on a canvas that follows its container's
// width (phones too), with a menu that saves it as PNG (the canvas) or SVG (drawn again by the
// SVG renderer, off screen, from the same option).

import { Group } from '@mantine/core';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type ReactNode } from 'react';
import { ChartExportMenu } from './ChartExportMenu';
import { downloadFile, fileNameOf } from './downloadFile';

echarts.use([CanvasRenderer, SVGRenderer]);

export function EChart({
  option,
  height,
  testId,
  label,
  title,
  onClick,
  toolbar,
}: {
  /** Memoise it: a new object draws the chart again. */
  option: echarts.EChartsCoreOption;
  /** CSS height of the chart, e.g. 420 or 'min(70vh, 560px)'. */
  height: number | string;
  testId: string;
  /** What the chart shows, for screen readers. */
  label: string;
  /** Names the saved files. */
  title: string;
  onClick?: (params: echarts.ECElementEvent) => void;
  /** Controls shown left of the export menu (a toggle of what the chart shows). */
  toolbar?: ReactNode;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);

  useEffect(() => {
    click.current = onClick;
  }, [onClick]);

  // One instance for the component's life, resized with its container.
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => click.current?.(params));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) downloadFile(url, `${fileNameOf(title)}.png`);
  };

  const saveSvg = () => {
    const box = element.current?.getBoundingClientRect();
    if (!box) return;
    // Server-side rendering mode needs no element: the same option, drawn as SVG at this size.
    const svgChart = echarts.init(null, null, {
      renderer: 'svg',
      ssr: true,
      width: Math.round(box.width),
      height: Math.round(box.height),
    });
    try {
      svgChart.setOption({ ...option, animation: false, backgroundColor: '#fff' });
      const svg = svgChart.renderToSVGString();
      downloadFile(new Blob([svg], { type: 'image/svg+xml' }), `${fileNameOf(title)}.svg`);
    } finally {
      svgChart.dispose();
    }
  };

  return (
    <div>
      <Group justify="flex-end" gap="xs" mb={4} wrap="wrap">
        {toolbar}
        <ChartExportMenu onPng={savePng} onSvg={saveSvg} testId={testId} />
      </Group>
      <div
        ref={element}
        data-testid={testId}
        role="img"
        aria-label={label}
        style={{ width: '100%', height }}
      />
    </div>
  );
}
