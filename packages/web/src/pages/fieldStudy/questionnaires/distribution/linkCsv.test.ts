// Tests of the mail-merge CSV of personal links.

import { describe, expect, it } from 'vitest';
import { absoluteUrl, csvField, linkCsv } from './linkCsv';

describe('link CSV', () => {
  it('quotes separators and neutralises formulas', () => {
    expect(csvField('A, B "C"')).toBe('"A, B ""C"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes a BOM, headings and one CRLF row per link', () => {
    const csv = linkCsv(
      [{ organisation: 'Döküm A.Ş.', email: '', url: 'https://kume.example/r/abc' }],
      { organisation: 'Kuruluş', email: 'E-posta', url: 'Bağlantı' },
    );
    expect(csv).toBe(
      '\uFEFFKuruluş,E-posta,Bağlantı\r\nDöküm A.Ş.,,https://kume.example/r/abc\r\n',
    );
  });

  it('absoluteUrl puts a path on the origin', () => {
    expect(absoluteUrl('/r/abc', 'http://localhost:8080')).toBe('http://localhost:8080/r/abc');
  });
});
