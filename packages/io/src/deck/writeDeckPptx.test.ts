import { buildDeck, type DeckChartBlock, type DeckInput, type DeckLanguage } from '@kume/core';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { richDeckInput } from '../../../core/src/deck/fixtures/richDeckInput';
import { readPptx } from './readPptx';
import { writeDeckPptx } from './writeDeckPptx';

const HOSTILE_NAME = '<script>alert("x")</script> & Partners';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

/** The rich input with markup, formulas and XML-invalid characters in names and texts. */
function hostileInput(): DeckInput {
  const input = richDeckInput('en');
  input.project.name = `${HOSTILE_NAME}\u0001`;
  if (input.event) {
    input.event.title = 'Information\u000B Day\uFFFF \uD800';
    input.event.agenda[0] = {
      time: '09:30',
      title: FORMULA,
      speaker: '"><img src=x onerror=alert(1)>',
    };
  }
  input.gaps = [{ title: 'Gap\u0008 with a bell\u0007', detail: 'Tom & Jerry <b>bold</b>' }];
  // Region names are shape names too (an XML attribute), and listed beside the map.
  const bursa = input.statistics?.regionMap?.regions.find((region) => region.code === 'TR41');
  if (bursa) bursa.name = '"Bursa" <&> \'Co\'\u0002';
  if (input.workingGroup)
    input.workingGroup.members[0] = {
      name: `'; DROP TABLE members; --\u001F`,
      type: 'firm',
      stage: null,
    };
  return input;
}

async function written(language: DeckLanguage, input = richDeckInput(language)) {
  const model = buildDeck(input, language);
  const file = await writeDeckPptx(model);
  return { model, file, read: await readPptx(file) };
}

describe('writeDeckPptx', () => {
  it.each(['tr', 'en'] as const)(
    'writes one slide per model slide with its title, figures and notes (%s)',
    async (language) => {
      const { model, read } = await written(language);
      expect(read.slides).toHaveLength(model.slides.length);
      expect(read.invalidXml).toEqual([]);
      model.slides.forEach((slide, index) => {
        const texts = read.slides[index]?.texts.join('\n') ?? '';
        expect(texts).toContain(slide.title);
        for (const block of slide.blocks) {
          if (block.kind === 'figure') expect(texts).toContain(block.value);
          if (block.kind === 'table') expect(texts).toContain(block.rows[0]?.[0] ?? '');
        }
        expect(read.slides[index]?.notes.replace(/\r\n/g, '\n')).toBe(slide.notes);
      });
    },
  );

  it('writes every chart as a native chart whose data equals the model', async () => {
    const { model, read } = await written('en');
    let checked = 0;
    model.slides.forEach((slide, index) => {
      const charts = slide.blocks.filter(
        (block): block is DeckChartBlock => block.kind === 'chart',
      );
      expect(read.slides[index]?.charts).toHaveLength(charts.length);
      charts.forEach((chart, chartIndex) => {
        const found = read.slides[index]?.charts[chartIndex];
        expect(found?.type).toBe(chart.chart);
        // Horizontal bars are written bottom-up so that the first category is drawn on top.
        const reversed = chart.chart === 'bar' && chart.direction === 'horizontal';
        const order = <T>(values: T[]) => (reversed ? [...values].reverse() : values);
        expect(found?.series.map((series) => series.name)).toEqual(
          chart.series.map((series) => series.name),
        );
        chart.series.forEach((series, seriesIndex) => {
          expect(found?.series[seriesIndex]?.categories).toEqual(order(chart.categories));
          expect(found?.series[seriesIndex]?.values).toEqual(order(series.values));
        });
        checked += 1;
      });
    });
    // LQ, employment, LQ by region, stage, size, three questions, attendance.
    expect(checked).toBe(9);
  });

  it('keeps hostile text as plain text, without XML-invalid characters, in well-formed XML', async () => {
    const { read } = await written('en', hostileInput());
    expect(read.invalidXml).toEqual([]);
    const all = read.slides.flatMap((slide) => [...slide.texts, slide.notes]).join('\n');
    expect(all).toContain(FORMULA);
    expect(all).toContain('"><img src=x onerror=alert(1)>');
    expect(all).toContain('Tom & Jerry <b>bold</b>');
    expect(all).toContain("'; DROP TABLE members; --");
    expect(all).toContain('1  "Bursa" <&> \'Co\': 2.87');
    expect(all).toContain('Information Day ');
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
    expect(all).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('puts the footer and the logo on the master, and the slide number on every slide', async () => {
    const { file, read } = await written('tr');
    const zip = await JSZip.loadAsync(file);
    const layouts = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(path))
        .map((path) => zip.file(path)?.async('string') ?? ''),
    );
    expect(layouts.some((xml) => xml.includes('İzmir Makine ve Döküm Kümesi · İzmir (TR31)'))).toBe(
      true,
    );
    expect(Object.keys(zip.files).some((path) => /^ppt\/media\/.+\.png$/.test(path))).toBe(true);
    expect(layouts.some((xml) => xml.includes('type="sldNum"'))).toBe(true);
    expect(read.slides.length).toBeGreaterThan(0);
  });

  it('draws the cluster map as shapes: an ellipse per node and a line per edge', async () => {
    const { model, file } = await written('en');
    const index = model.slides.findIndex((slide) => slide.section === 'cluster_map');
    const map = model.slides[index]?.blocks.find((block) => block.kind === 'map');
    const zip = await JSZip.loadAsync(file);
    const xml = (await zip.file(`ppt/slides/slide${index + 1}.xml`)?.async('string')) ?? '';
    const count = (shape: string) => xml.split(`prst="${shape}"`).length - 1;
    expect(map?.kind).toBe('map');
    if (map?.kind !== 'map') return;
    expect(count('ellipse')).toBe(map.nodes.length + map.legend.length);
    expect(count('line')).toBe(map.edges.length);
  });
});
