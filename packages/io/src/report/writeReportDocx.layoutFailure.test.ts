// Tests of writeReportDocx when laying out the pages fails: the file is still written, its
// contents listing every heading with the page left for Word to fill in.

import { describe, expect, it, vi } from 'vitest';
import { sampleReportDocument } from '../../../core/src/report/fixtures/sampleReportDocument';
import { readDocx } from './readDocx';
import { writeReportDocx } from './writeReportDocx';

vi.mock('docx/layout', () => ({
  estimatePageNumbers: () => {
    throw new Error('the layout stopped');
  },
}));

describe('writeReportDocx without a page layout', () => {
  it('writes the document with its contents entries and no page numbers', async () => {
    const read = await readDocx(await writeReportDocx(sampleReportDocument('en')));
    expect(read.invalidXml).toEqual([]);
    expect(read.tocField).toBe('TOC \\h \\o "1-2"');
    expect(read.tocEntries[0]).toBe('Summary\t');
    expect(read.tocEntries).toHaveLength(9);
    expect(read.headings[0]).toEqual({ level: 1, text: 'Summary' });
  }, 30_000);
});
