// The byte-level CSV scanner: quoted fields, line breaks inside quotes, CRLF, delimiters, and
// records split across the chunks of a large file, checked against csv-parse.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CsvSyntaxError,
  detectDelimiter,
  fieldText,
  scanCsvBytes,
  scanCsvFile,
  type CsvRecord,
} from './scanCsvRecords';

const dir = mkdtempSync(join(tmpdir(), 'kume-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every record as its fields' text and starting line. */
function records(bytes: Buffer, delimiter = 0x2c) {
  const out: { line: number; fields: string[] }[] = [];
  scanCsvBytes(bytes, delimiter, (record: CsvRecord) => {
    out.push({
      line: record.line,
      fields: Array.from({ length: record.count }, (_, i) => fieldText(record, i)),
    });
  });
  return out;
}

const csvField = (text: string, quoteAnyway: boolean) =>
  quoteAnyway || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

describe('scanCsvBytes', () => {
  it('splits plain records on commas and line breaks', () => {
    expect(records(Buffer.from('a,b,c\n1,2,3\n'))).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines', () => {
    const text = 'name,note\n"Trailers, Motor Homes","say ""hi""\nthen go"\nlast,one';
    expect(records(Buffer.from(text))).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Trailers, Motor Homes', 'say "hi"\nthen go'] },
      { line: 4, fields: ['last', 'one'] },
    ]);
  });

  it('drops the CR of CRLF line ends and keeps empty fields', () => {
    expect(records(Buffer.from('a,,c\r\n,,\r\n'))).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: ['', '', ''] },
    ]);
  });

  it('decodes UTF-8 and falls back to Windows-1254 for Turkish Excel files', () => {
    expect(records(Buffer.from('İzmir,Çiğli\n'))[0]?.fields).toEqual(['İzmir', 'Çiğli']);
    const windows1254 = Buffer.from([0xdd, 0x7a, 0x6d, 0x69, 0x72]); // "İzmir"
    expect(records(windows1254)[0]?.fields).toEqual(['İzmir']);
  });

  it('throws a CsvSyntaxError naming the line of a quote never closed', () => {
    expect(() => records(Buffer.from('a,b\n1,"open\n2,3\n'))).toThrow(CsvSyntaxError);
    try {
      records(Buffer.from('a,b\n1,"open\n2,3\n'));
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it('reads any table as csv-parse does (property)', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', '1', ' x', ',', '"', '\n', 'ş', 'İ'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.boolean(),
        (rows, crlf) => {
          const text = rows
            .map((row) => row.map(([value, quote]) => csvField(value, quote)).join(','))
            .join(crlf ? '\r\n' : '\n');
          const expected = (parse(text, { relax_column_count: true }) as string[][]).map((row) =>
            row.map((value) => value.trim()),
          );
          expect(records(Buffer.from(text)).map((record) => record.fields)).toEqual(expected);
        },
      ),
    );
  });
});

describe('detectDelimiter', () => {
  it('takes the most frequent of comma, semicolon and tab on the heading line', () => {
    expect(detectDelimiter(Buffer.from('a;b;c\n1,5;2;3'))).toBe(0x3b);
    expect(detectDelimiter(Buffer.from('a\tb\tc'))).toBe(0x09);
    expect(detectDelimiter(Buffer.from('a,b;c,d'))).toBe(0x2c);
  });
});

describe('scanCsvFile', () => {
  it('reads a file of several chunks as one buffer, with progress up to the file size', async () => {
    // About 3 MB: records cross the 1 MB chunk boundaries, some of them quoted over two lines.
    const lines = ['code,note'];
    for (let i = 0; i < 120_000; i++)
      lines.push(i % 997 === 0 ? `${i},"two\nlines, ${i}"` : `${i},note number ${i} of many`);
    const text = `${lines.join('\n')}\n`;
    const path = join(dir, 'large.csv');
    writeFileSync(path, text);
    const seen: string[][] = [];
    const progress: number[] = [];
    await scanCsvFile(
      path,
      0x2c,
      (record) => seen.push(Array.from({ length: record.count }, (_, i) => fieldText(record, i))),
      (bytesRead, total) => {
        expect(total).toBe(Buffer.byteLength(text));
        progress.push(bytesRead);
      },
    );
    expect(seen).toEqual(records(Buffer.from(text)).map((record) => record.fields));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(Buffer.byteLength(text));
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('reads a last record without a line break', async () => {
    const path = join(dir, 'no-newline.csv');
    writeFileSync(path, 'a,b\n1,2');
    const seen: number[] = [];
    await scanCsvFile(path, 0x2c, (record) => seen.push(record.count));
    expect(seen).toEqual([2, 2]);
  });
});
