// The roadmap document and the whole project report of the sample project, made as the document
// routes make them (gather, build, write the DOCX with its charts and the contents' page numbers),
// median of several runs. The peer is bare `docx` writing the same document (every heading,
// paragraph, bullet, table cell and chart picture, the charts' PNGs drawn beforehand) without
// styles, contents or page numbers: the floor the library sets.

import { performance } from 'node:perf_hooks';
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type FileChild,
} from 'docx';
import {
  isoDateOf,
  roadmapDocument,
  type ReportChartBlock,
  type ReportDocument,
  type ReportLanguage,
} from '@kume/core';
import type { Db, ProjectRow } from '@kume/db';
import { writeReportDocx } from '@kume/io';
import { chartImage } from '../../packages/io/src/report/chartImage';
import { projectReportDocument } from '../../packages/server/src/report/projectReport';
import { roadmapDocumentInput } from '../../packages/server/src/roadmap/roadmapDocumentInput';
import type { StatisticsCaches } from '../../packages/server/src/statistics/clusterAnalysis';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Every block of the document written the plainest way docx allows. */
async function writeBare(document: ReportDocument, pngs: Map<ReportChartBlock, Buffer>) {
  const children: FileChild[] = [];
  const text = (value: string) => new Paragraph({ text: value });
  for (const section of document.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) {
      if (block.kind === 'heading' || block.kind === 'paragraph') children.push(text(block.text));
      else if (block.kind === 'note') children.push(text(block.text));
      else if (block.kind === 'bullets') children.push(...block.items.map(text));
      else if (block.kind === 'keyValues')
        children.push(...block.items.map((item) => text(`${item.key}: ${item.value}`)));
      else if (block.kind === 'table')
        children.push(
          new Table({
            rows: [block.columns, ...block.rows].map(
              (row) =>
                new TableRow({
                  children: row.map((cell) => new TableCell({ children: [text(String(cell))] })),
                }),
            ),
          }),
        );
      else if (block.kind === 'chart')
        children.push(
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: pngs.get(block) as Buffer,
                transformation: { width: 600, height: 320 },
              }),
            ],
          }),
        );
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** Times both documents in `language`; prints one line each. */
export async function benchRoadmapDocuments(
  db: Db,
  caches: StatisticsCaches,
  project: ProjectRow,
  now: Date,
  runs: number,
) {
  const today = isoDateOf(now);
  for (const kind of ['roadmap', 'report'] as const) {
    for (const language of ['tr', 'en'] as ReportLanguage[]) {
      const gather = async () =>
        kind === 'roadmap'
          ? roadmapDocument(await roadmapDocumentInput(db, project, today), language)
          : projectReportDocument(db, caches, project, language, today);
      const gathered: number[] = [];
      const written: number[] = [];
      let document: ReportDocument | null = null;
      let bytes = 0;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        document = await gather();
        const built = performance.now();
        bytes = (await writeReportDocx(document)).length;
        gathered.push(built - started);
        written.push(performance.now() - built);
      }
      const charts = document!.sections.flatMap((section) =>
        section.blocks.filter((block): block is ReportChartBlock => block.kind === 'chart'),
      );
      const pngs = new Map<ReportChartBlock, Buffer>();
      for (const chart of charts)
        pngs.set(chart, (await chartImage(chart, { locale: 'en-GB', noData: '-' })).png);
      const unnumbered: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        await writeReportDocx(document!, { pageNumbers: false });
        unnumbered.push(performance.now() - started);
      }
      const bare: number[] = [];
      let bareBytes = 0;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        bareBytes = (await writeBare(document!, pngs)).length;
        bare.push(performance.now() - started);
      }
      const total = median(gathered) + median(written);
      console.log(
        `${kind} ${language}: ${document!.sections.length} sections, ${charts.length} charts, ` +
          `${(bytes / 1024).toFixed(0)} KB; Kume ${ms(total)} (gather and build ${ms(median(gathered))}, ` +
          `write ${ms(median(written))}; without the contents' page numbers ${ms(median(unnumbered))}); bare docx ${ms(median(bare))} (${(bareBytes / 1024).toFixed(0)} KB, ` +
          `charts drawn beforehand, no contents); ratio Kume/bare ${(total / median(bare)).toFixed(2)}`,
      );
    }
  }
}
