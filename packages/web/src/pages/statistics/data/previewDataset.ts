// Asks the server how a statistics file reads (format, headings, first rows, a suggested column
// mapping) before it is imported. Of a large CSV only the beginning is sent: the server reads
// no more than its first 64 KB, and a 200 MB file should not travel twice.

import type { DatasetPreviewView } from '@kume/server';
import { api } from '../../../api/client';
import { statisticsPath } from '../statisticsQueries';

/** How much of a text file the preview sends. */
export const PREVIEW_HEAD_BYTES = 256 * 1024;

/**
 * The part of `file` a preview needs: the first PREVIEW_HEAD_BYTES of a text file, the whole
 * of a workbook (read only whole) or a gzip file (a cut one cannot be unpacked).
 */
export function previewPart(file: File): File {
  const whole = /\.(xlsx|gz)$/i.test(file.name) || file.size <= PREVIEW_HEAD_BYTES;
  return whole ? file : new File([file.slice(0, PREVIEW_HEAD_BYTES)], file.name);
}

export interface DatasetPreview {
  preview: DatasetPreviewView;
  /** Only the beginning was sent, so the row count is an estimate. */
  partial: boolean;
}

export async function previewDataset(
  slug: string,
  file: File,
  sheet: string | undefined,
): Promise<DatasetPreview> {
  const part = previewPart(file);
  const body = new FormData();
  body.append('options', JSON.stringify({ fileSize: file.size, ...(sheet ? { sheet } : {}) }));
  body.append('file', part);
  const preview = await api.post<DatasetPreviewView>(
    statisticsPath(slug, '/datasets/preview'),
    body,
  );
  return { preview, partial: part !== file };
}
