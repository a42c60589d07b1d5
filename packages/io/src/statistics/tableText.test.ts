// Writing a table of column getters as CSV or JSON text: cells as the CLI contract writes them,
// formula-like text neutralised in CSV only, a byte order mark on request, rows by count or by
// index, and chunks that add up to the whole.

import { describe, expect, it } from 'vitest';
import { tableText, type TableColumn } from './tableText';

const regions = ['A', '=HYPERLINK("x")', 'İzmir, Türkiye'];
const columns: TableColumn[] = [
  { name: 'region', value: (i) => regions[i]! },
  { name: 'lq', value: (i) => [1.5, Number.NaN, Infinity][i]! },
  { name: 'strong', value: (i) => i === 0 },
  { name: 'cluster_name', value: (i) => (i === 1 ? null : 'Metal "works"') },
];
const text = (...args: Parameters<typeof tableText>) => [...tableText(...args)].join('');

describe('tableText', () => {
  it('writes CSV with true/false, empty for null and non-finite numbers, quotes where needed', () => {
    expect(text('csv', columns, 3)).toBe(
      [
        'region,lq,strong,cluster_name',
        'A,1.5,true,"Metal ""works"""',
        `"'=HYPERLINK(""x"")",,false,`,
        '"İzmir, Türkiye",,false,"Metal ""works"""',
        '',
      ].join('\n'),
    );
  });

  it('starts CSV with a byte order mark only when asked, and writes the rows given by index', () => {
    expect(text('csv', columns.slice(0, 1), [2, 0], { byteOrderMark: true })).toBe(
      '\uFEFFregion\n"İzmir, Türkiye"\nA\n',
    );
    expect(text('csv', columns.slice(0, 1), 0)).toBe('region\n');
  });

  it('writes JSON one object a line, null for NaN, text left as it is', () => {
    const json = text('json', columns, 2);
    expect(json).toBe(
      '[\n{"region":"A","lq":1.5,"strong":true,"cluster_name":"Metal \\"works\\""},\n{"region":"=HYPERLINK(\\"x\\")","lq":null,"strong":false,"cluster_name":null}\n]\n',
    );
    expect(JSON.parse(json)).toHaveLength(2);
    expect(text('json', columns, 0)).toBe('[]\n');
  });

  it('yields a long table in chunks of about 64 K characters that join to the whole', () => {
    const many: TableColumn[] = [{ name: 'n', value: (i) => i }];
    const chunks = [...tableText('csv', many, 50_000)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(
      chunks.slice(0, -1).every((chunk) => chunk.length > 65_536 && chunk.length < 70_000),
    ).toBe(true);
    const lines = chunks.join('').split('\n');
    expect(lines).toHaveLength(50_002);
    expect(lines[50_000]).toBe('49999');
  });
});
