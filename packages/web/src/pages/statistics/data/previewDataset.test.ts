// Tests of what a dataset preview sends: the beginning of a large text file, whole workbooks,
// gzip files and small files.

import { describe, expect, it } from 'vitest';
import { PREVIEW_HEAD_BYTES, previewPart } from './previewDataset';

const fileOf = (size: number, name: string) => new File([new Uint8Array(size).fill(65)], name);

describe('previewPart', () => {
  it('sends only the beginning of a large CSV, under its name', () => {
    const part = previewPart(fileOf(PREVIEW_HEAD_BYTES * 3, 'sgk.csv'));
    expect(part.size).toBe(PREVIEW_HEAD_BYTES);
    expect(part.name).toBe('sgk.csv');
  });

  it('sends workbooks, gzip files and small files whole', () => {
    for (const file of [
      fileOf(PREVIEW_HEAD_BYTES * 3, 'tuik.XLSX'),
      fileOf(PREVIEW_HEAD_BYTES * 3, 'eurostat.tsv.gz'),
      fileOf(PREVIEW_HEAD_BYTES, 'small.csv'),
    ])
      expect(previewPart(file)).toBe(file);
  });
});
