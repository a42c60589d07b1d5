// The DOCX worker thread: documents written in it read back like those written in-process, and
// several asked for at once all come back, each its own.

import { describe, expect, it } from 'vitest';
import { sampleReportDocument } from '../../../core/src/report/fixtures/sampleReportDocument';
import { readDocx } from '@kume/io';
import { writeReportDocxOffThread } from './reportDocxThread';

describe('writeReportDocxOffThread', () => {
  it('writes the document a worker thread made as the in-process writer does', async () => {
    const document = sampleReportDocument('tr');
    const [threaded, inline] = await Promise.all([
      writeReportDocxOffThread(document),
      writeReportDocxOffThread(document, { inline: true }),
    ]);
    const [a, b] = await Promise.all([readDocx(threaded), readDocx(inline)]);
    expect(a.headings).toEqual(b.headings);
    expect(a.tables).toEqual(b.tables);
    expect(a.tocEntries).toEqual(b.tocEntries);
    expect(a.imageCount).toBe(b.imageCount);
    expect(a.invalidXml).toEqual([]);
  }, 60_000);

  it('answers documents asked for at once, each with its own', async () => {
    const languages = ['tr', 'en', 'tr'] as const;
    const files = await Promise.all(
      languages.map((language) => writeReportDocxOffThread(sampleReportDocument(language))),
    );
    const titles = await Promise.all(files.map(async (file) => (await readDocx(file)).headings[0]));
    expect(titles.map((heading) => heading?.text)).toEqual(
      languages.map((language) => sampleReportDocument(language).sections[0]?.title),
    );
  }, 60_000);
});
