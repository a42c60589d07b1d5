// The region map in the written deck: one freeform per region with the model's points, the focus
// outline over them, numbered discs and the legend; LibreOffice draws every region in its class's
// colour; and the 81 Turkish provinces stay within the point budget (when the file is at hand).

import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import {
  buildDeck,
  readGeoJsonRegions,
  regionMapShapes,
  type DeckInput,
  type DeckLanguage,
  type DeckRegionMapBlock,
  type LqClass,
} from '@kume/core';
import { describe, expect, it } from 'vitest';
import { richDeckInput } from '../../../core/src/deck/fixtures/richDeckInput';
import { convertToPdf, findSoffice } from '../office/convertToPdf';
import { LQ_CLASS_COLOURS } from './deckPalette';
import { readPptx } from './readPptx';
import { writeDeckPptx } from './writeDeckPptx';

const TR_PROVINCES = '/work/shared/data/geo/tr-provinces.geojson';
const hasProvinces = existsSync(TR_PROVINCES);
const hasSoffice = (await findSoffice()) !== null;

/** The rich input's secondary research alone, on the 81 provinces with made-up LQs. */
function provincesInput(): DeckInput {
  const input = richDeckInput('tr');
  input.sections = ['secondary_research'];
  const features =
    readGeoJsonRegions(JSON.parse(readFileSync(TR_PROVINCES, 'utf8'))).regions?.features ?? [];
  const shapes = regionMapShapes(features);
  if (input.statistics)
    input.statistics.regionMap = {
      clusterName: 'Üretim Teknolojisi ve Ağır Makine',
      mapName: 'tr-provinces (OpenStreetMap, ODbL)',
      regions: features.map((feature, index) => ({
        code: feature.id,
        name: feature.name ?? feature.id,
        lq: index % 13 === 5 ? null : Math.round((0.3 + ((index * 37) % 29) / 10) * 100) / 100,
        focus: feature.name === 'İzmir',
        rings: shapes[index]?.rings ?? [],
      })),
    };
  return input;
}

function fixtureInput(): DeckInput {
  const input = richDeckInput('en');
  input.sections = ['secondary_research'];
  return input;
}

async function written(input: DeckInput, language: DeckLanguage) {
  const model = buildDeck(input, language);
  const index = model.slides.findIndex((slide) =>
    slide.blocks.some((block) => block.kind === 'region_map'),
  );
  const block = model.slides[index]?.blocks.find(
    (one): one is DeckRegionMapBlock => one.kind === 'region_map',
  );
  if (!block) throw new Error('the deck has a region map');
  const file = await writeDeckPptx(model);
  const read = await readPptx(file);
  return { model, index, block, file, read, slide: read.slides[index] };
}

/** How many times each fill colour (r g b rg) is set in the PDF's content streams. */
function pdfFills(pdf: Buffer): Map<string, number> {
  const text = pdf.toString('latin1');
  const fills = new Map<string, number>();
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString(
        'latin1',
      );
    } catch {
      continue; // Not a deflated stream (an image, a font): no fills to find.
    }
    for (const [, r, g, b] of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)) {
      const hex = [r, g, b]
        .map((value) =>
          Math.round(Number(value) * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')
        .toUpperCase();
      fills.set(hex, (fills.get(hex) ?? 0) + 1);
    }
  }
  return fills;
}

/** Regions by class, as the fills LibreOffice should paint: each class's regions and its swatch. */
function expectedFills(block: DeckRegionMapBlock): Map<string, number> {
  const fills = new Map<string, number>();
  for (const region of block.regions)
    fills.set(
      LQ_CLASS_COLOURS[region.lqClass],
      (fills.get(LQ_CLASS_COLOURS[region.lqClass]) ?? 0) + 1,
    );
  for (const entry of block.legend)
    fills.set(
      LQ_CLASS_COLOURS[entry.lqClass],
      (fills.get(LQ_CLASS_COLOURS[entry.lqClass]) ?? 0) + 1,
    );
  return fills;
}

describe('drawRegionMap', () => {
  it('writes a freeform per region with the model’s points, then the focus outline, discs and legend', async () => {
    const { block, read, slide } = await written(fixtureInput(), 'en');
    expect(read.invalidXml).toEqual([]);
    const freeforms = slide?.shapes.filter((shape) => shape.geometry === 'custGeom') ?? [];
    expect(freeforms.map((shape) => shape.name)).toEqual([
      ...block.regions.map((region) => region.name),
      'İzmir',
    ]);
    freeforms.slice(0, -1).forEach((shape, index) => {
      expect(shape.points).toBe(block.regions[index]?.rings.flat().length);
    });
    const izmir = block.regions.find((region) => region.focus);
    expect(freeforms.at(-1)?.points).toBe(izmir?.rings.flat().length);
    expect(slide?.shapes.filter((shape) => shape.geometry === 'ellipse')).toHaveLength(
      block.labels.length,
    );
    expect(slide?.texts).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', 'No data']));
  });

  it.runIf(hasProvinces)(
    `writes the 81 Turkish provinces within 3,000 points (needs ${TR_PROVINCES}; skipped without it)`,
    async () => {
      const { block, slide, file } = await written(provincesInput(), 'tr');
      const freeforms = slide?.shapes.filter((shape) => shape.geometry === 'custGeom') ?? [];
      expect(block.regions).toHaveLength(81);
      expect(freeforms).toHaveLength(82);
      const regionPoints = freeforms.slice(0, -1).reduce((sum, shape) => sum + shape.points, 0);
      expect(regionPoints).toBeLessThanOrEqual(3000);
      // The whole section of five slides, map included, stays a small file.
      expect(file.length).toBeLessThan(150_000);
    },
  );

  it.runIf(hasSoffice)(
    'is drawn by LibreOffice: every region and legend swatch filled in its class’s colour (needs LibreOffice)',
    async () => {
      const { block, file, model } = await written(fixtureInput(), 'en');
      const pdf = await convertToPdf(file, 'pptx');
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length).toBe(
        model.slides.length,
      );
      const fills = pdfFills(pdf);
      // The strong class's navy is the deck's primary colour, used elsewhere too: the others are the map's own.
      for (const one of ['below', 'about', 'above', 'none'] as LqClass[]) {
        const colour = LQ_CLASS_COLOURS[one];
        expect([one, fills.get(colour) ?? 0]).toEqual([one, expectedFills(block).get(colour) ?? 0]);
      }
    },
    120_000,
  );

  it.runIf(hasSoffice && hasProvinces)(
    `is drawn by LibreOffice for the 81 Turkish provinces (needs LibreOffice and ${TR_PROVINCES}; skipped without either)`,
    async () => {
      const { block, file } = await written(provincesInput(), 'tr');
      const fills = pdfFills(await convertToPdf(file, 'pptx', { locale: 'tr-TR' }));
      for (const one of ['below', 'about', 'above', 'none'] as LqClass[]) {
        const colour = LQ_CLASS_COLOURS[one];
        expect([one, fills.get(colour) ?? 0]).toEqual([one, expectedFills(block).get(colour) ?? 0]);
      }
    },
    120_000,
  );
});
