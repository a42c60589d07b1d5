// `npm run bench:docs`: the sample project's full Information Day deck, then its roadmap document
// and whole project report (see roadmapDocument.ts); made as the deck route and
// `kume export deck` make it (gather from the database, lay out the slides, write the PPTX), in
// Turkish and English, median of several runs; the PDF through LibreOffice once. The peer is bare
// pptxgenjs writing the same slides (every text, chart, table, map shape, region and note of
// Kume's model, unfitted, without master or styling) in the same run: the floor the library sets.

import { performance } from 'node:perf_hooks';
import PptxGenJS from 'pptxgenjs';
import {
  buildDeck,
  isoDateOf,
  type DeckBlock,
  type DeckLanguage,
  type DeckModel,
} from '@kume/core';
import { findProjectBySlug, latestDeckEvent, openDatabase } from '@kume/db';
import { findSoffice } from '@kume/io';
import { createSampleProject } from '../../packages/server/src/sampleProject';
import { gatherDeckInput } from '../../packages/server/src/deck/gatherDeckInput';
import { projectDeck } from '../../packages/server/src/deck/projectDeck';
import { createStatisticsCaches } from '../../packages/server/src/statistics/clusterAnalysis';
import { benchRoadmapDocuments } from './roadmapDocument';

const RUNS = Number(process.env.KUME_BENCH_RUNS ?? 7);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Every block of the model drawn the plainest way pptxgenjs allows. */
function drawBare(slide: PptxGenJS.Slide, block: DeckBlock, pptx: PptxGenJS) {
  const at = { x: block.frame.x, y: block.frame.y, w: block.frame.w, h: block.frame.h };
  if (block.kind === 'text')
    slide.addText(block.paragraphs.map((p) => p.text).join('\n'), { ...at, fontSize: 14 });
  else if (block.kind === 'figure') slide.addText(`${block.value}\n${block.label}`, at);
  else if (block.kind === 'progress') slide.addText(`${block.value} / ${block.target}`, at);
  else if (block.kind === 'table')
    slide.addTable(
      [block.columns.map((column) => column.header), ...block.rows].map((row) =>
        row.map((text) => ({ text })),
      ),
      at,
    );
  else if (block.kind === 'chart') {
    const type =
      block.chart === 'line'
        ? pptx.ChartType.line
        : block.chart === 'doughnut'
          ? pptx.ChartType.doughnut
          : pptx.ChartType.bar;
    slide.addChart(
      type,
      block.series.map((series) => ({
        name: series.name,
        labels: block.categories,
        values: series.values,
      })),
      at,
    );
  } else if (block.kind === 'region_map') {
    // pptxgenjs 4's types leave its custom geometry ('custGeom') out of the shape names.
    const freeform = 'custGeom' as unknown as PptxGenJS.SHAPE_NAME;
    for (const region of block.regions)
      slide.addShape(freeform, {
        ...region.box,
        points: region.rings.flatMap((ring) => [
          ...ring.map(([x, y], index) => ({
            x: x - region.box.x,
            y: y - region.box.y,
            moveTo: index === 0,
          })),
          { close: true as const },
        ]),
      });
  } else {
    for (const edge of block.edges)
      slide.addShape(pptx.ShapeType.line, {
        x: Math.min(edge.x1, edge.x2),
        y: Math.min(edge.y1, edge.y2),
        w: Math.abs(edge.x2 - edge.x1),
        h: Math.abs(edge.y2 - edge.y1),
      });
    for (const node of block.nodes)
      slide.addShape(pptx.ShapeType.ellipse, {
        x: node.x - node.r,
        y: node.y - node.r,
        w: 2 * node.r,
        h: 2 * node.r,
      });
  }
}

async function writeBare(model: DeckModel): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  for (const deckSlide of model.slides) {
    const slide = pptx.addSlide();
    slide.addText(deckSlide.title, { x: 0.5, y: 0.3, w: 12, h: 0.8 });
    for (const block of deckSlide.blocks) drawBare(slide, block, pptx);
    slide.addNotes(deckSlide.notes);
  }
  return (await pptx.stream({ compression: true })) as Buffer;
}

const database = await openDatabase({});
await database.migrate();
const now = new Date();
await createSampleProject(database.db, now);
const project = (await findProjectBySlug(database.db, 'sample'))!;
const event = (await latestDeckEvent(database.db, project.id)) ?? null;
const caches = createStatisticsCaches();
console.log(`Sample project deck, ${RUNS} runs per language (median), Node ${process.version}`);

for (const language of ['tr', 'en'] as DeckLanguage[]) {
  const request = { project, event, language, format: 'pptx' as const, now };
  const coldStart = performance.now();
  await projectDeck(database.db, caches, request); // the first deck loads modules and fills caches
  const cold = performance.now() - coldStart;
  const totals: number[] = [];
  const steps = { gather: [] as number[], build: [] as number[], write: [] as number[] };
  let size = 0;
  let slides = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const deck = await projectDeck(database.db, caches, request);
    totals.push(performance.now() - started);
    steps.gather.push(deck.timings.gather);
    steps.build.push(deck.timings.build);
    steps.write.push(deck.timings.write);
    size = deck.bytes.length;
    slides = deck.slideCount;
  }
  const model = buildDeck(
    await gatherDeckInput(database.db, caches, { project, event, language, today: isoDateOf(now) }),
    language,
  );
  await writeBare(model);
  const bare: number[] = [];
  let bareSize = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    bareSize = (await writeBare(model)).length;
    bare.push(performance.now() - started);
  }
  const total = median(totals);
  console.log(
    `${language}: ${slides} slides, ${(size / 1024).toFixed(0)} KB; Kume ${ms(total)} ` +
      `(gather ${ms(median(steps.gather))}, build ${ms(median(steps.build))}, write ${ms(median(steps.write))}); ` +
      `bare pptxgenjs ${ms(median(bare))} (${(bareSize / 1024).toFixed(0)} KB); ` +
      `ratio Kume/bare ${(total / median(bare)).toFixed(2)}; first deck ${ms(cold)}; ` +
      `target < 3000 ms: ${Math.max(total, cold) < 3000 ? 'met' : 'NOT met'}`,
  );
}

console.log(
  `Roadmap document and project report, ${Math.max(1, Math.floor(RUNS / 2))} runs each (median)`,
);
await benchRoadmapDocuments(database.db, caches, project, now, Math.max(1, Math.floor(RUNS / 2)));

if (await findSoffice()) {
  const started = performance.now();
  const pdf = await projectDeck(database.db, caches, {
    project,
    event,
    language: 'en',
    format: 'pdf',
    now,
  });
  const pages = (pdf.bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(
    `PDF (en, LibreOffice): ${ms(performance.now() - started)} in all, conversion ${ms(pdf.timings.convert)}, ` +
      `${(pdf.bytes.length / 1024).toFixed(0)} KB, ${pages} pages`,
  );
} else console.log('PDF skipped: soffice not found (apt-get install libreoffice-impress).');
await database.close();
