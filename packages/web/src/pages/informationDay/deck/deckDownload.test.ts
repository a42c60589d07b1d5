// Tests of the deck download's addresses and of the file name read from the server's answer.

import { describe, expect, it } from 'vitest';
import { deckPath, fileNameFromDisposition } from './deckDownload';

describe('deckPath', () => {
  it('names the event, the language and the format, with the slug and id escaped', () => {
    expect(deckPath('sample', 'e1', 'tr', 'pdf')).toBe(
      '/api/projects/sample/events/e1/deck?lang=tr&format=pdf',
    );
    expect(deckPath('a b', 'x/y', 'en', 'pptx')).toBe(
      '/api/projects/a%20b/events/x%2Fy/deck?lang=en&format=pptx',
    );
  });
});

describe('fileNameFromDisposition', () => {
  it('reads a quoted or a bare file name', () => {
    expect(
      fileNameFromDisposition('attachment; filename="sample-information-day-tr.pptx"', 'x'),
    ).toBe('sample-information-day-tr.pptx');
    expect(fileNameFromDisposition('attachment; filename=deck.pdf', 'x')).toBe('deck.pdf');
  });

  it('prefers the UTF-8 name of filename* over the plain one', () => {
    expect(
      fileNameFromDisposition(
        'attachment; filename="izmir-d-k-m.pdf"; filename*=UTF-8\'\'izmir-d%C3%B6k%C3%BCm.pdf',
        'x',
      ),
    ).toBe('izmir-döküm.pdf');
  });

  it('falls back when the header is missing, names no file or is malformed', () => {
    expect(fileNameFromDisposition(null, 'fallback.pptx')).toBe('fallback.pptx');
    expect(fileNameFromDisposition('attachment', 'fallback.pptx')).toBe('fallback.pptx');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", 'f.pdf')).toBe('f.pdf');
  });
});
