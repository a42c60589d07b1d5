// Downloads are saved under the name the server gives, in either spelling of the header.

import { describe, expect, it } from 'vitest';
import { contentDispositionFileName } from './contentDispositionFileName';

describe('contentDispositionFileName', () => {
  it('reads a quoted plain name', () => {
    expect(contentDispositionFileName('attachment; filename="sample-roadmap-tr.docx"')).toBe(
      'sample-roadmap-tr.docx',
    );
  });

  it('reads an unquoted plain name up to the next parameter', () => {
    expect(contentDispositionFileName('attachment; filename=sample-report-en.pdf; size=3')).toBe(
      'sample-report-en.pdf',
    );
  });

  it('prefers the UTF-8 name, so Turkish letters survive', () => {
    const header =
      'attachment; filename="izmir-yol-haritasi.docx"; filename*=UTF-8\'\'%C4%B0zmir-yol-haritas%C4%B1.docx';
    expect(contentDispositionFileName(header)).toBe('İzmir-yol-haritası.docx');
  });

  it('falls back to the plain name when the UTF-8 one is broken', () => {
    const header = 'attachment; filename="a.docx"; filename*=UTF-8\'\'%E0%A4%A.docx';
    expect(contentDispositionFileName(header)).toBe('a.docx');
  });

  it('drops any folder part and gives nothing for no name', () => {
    expect(contentDispositionFileName('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(contentDispositionFileName('attachment')).toBeUndefined();
    expect(contentDispositionFileName(null)).toBeUndefined();
  });
});
