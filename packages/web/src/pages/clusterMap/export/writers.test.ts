// Tests of the export writers: GEXF, GraphML, SVG and CSV, with a hostile organisation name.

import { describe, expect, it } from 'vitest';
import type { ExportEdge, ExportNode } from './exportTypes';
import { mapToSvg } from './mapToSvg';
import { BOM, csvCell, writeCsv } from './writeCsv';
import { writeGexf } from './writeGexf';
import { writeGraphml } from './writeGraphml';
import { xmlEscape } from './xmlEscape';

const hostile = `<x>&"'`;
const nodes: ExportNode[] = [
  {
    id: 'n1',
    label: hostile,
    x: 0,
    y: 0,
    size: 10,
    colour: '#4e79a7',
    attributes: { type: 'firm', stage: 'casting', community: 0, betweenness: 2.5 },
  },
  {
    id: 'n2',
    label: 'Ege Döküm',
    x: 100,
    y: 50,
    size: 4,
    colour: '#f28e2b',
    attributes: { type: 'university', stage: null, community: 1, betweenness: 0 },
  },
];
const edges: ExportEdge[] = [
  {
    id: 'e1',
    source: 'n1',
    target: 'n2',
    size: 2,
    colour: '#7b8794',
    attributes: { relationType: 'supplier', confirmed: true },
  },
];

/** Parses as XML in the test's own way: no raw < or & may appear inside attribute values. */
function attributeValues(xml: string): string[] {
  return [...xml.matchAll(/="([^"]*)"/g)].map((m) => m[1]!);
}

describe('xmlEscape', () => {
  it('escapes the five XML characters and drops forbidden control characters', () => {
    expect(xmlEscape(`${hostile}\u0001ok\tok`)).toBe('&lt;x&gt;&amp;&quot;&apos;ok\tok');
  });
});

describe('writeGexf', () => {
  const gexf = writeGexf(nodes, edges, 'Map & <title>');

  it('writes GEXF 1.3 with viz position, size and colour of each node', () => {
    expect(gexf).toContain(
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    );
    expect(gexf).toContain(
      '<viz:color r="242" g="142" b="43"/><viz:position x="100" y="50" z="0"/><viz:size value="4"/>',
    );
    expect(gexf).toContain('defaultedgetype="directed"');
  });

  it('declares node attributes with their types and writes their values, leaving nulls out', () => {
    expect(gexf).toContain('<attribute id="1" title="stage" type="string"/>');
    expect(gexf).toContain('<attribute id="3" title="betweenness" type="double"/>');
    expect(gexf).toContain('<attvalue for="3" value="2.5"/>');
    const n2 = gexf.split('\n').find((line) => line.includes('<node id="n2"'));
    expect(n2).toContain('<attvalue for="0" value="university"/>');
    expect(n2).not.toContain('for="1"');
    expect(gexf).toContain('<attribute id="1" title="confirmed" type="boolean"/>');
  });

  it('escapes a hostile name and title', () => {
    expect(gexf).toContain('label="&lt;x&gt;&amp;&quot;&apos;"');
    expect(gexf).toContain('<description>Map &amp; &lt;title&gt;</description>');
    for (const value of attributeValues(gexf))
      expect(value).not.toMatch(/[<&](?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe('writeGraphml', () => {
  const graphml = writeGraphml(nodes, edges);

  it('declares a key for every datum before the graph, and writes directed edges', () => {
    expect(
      graphml.indexOf('<key id="label" for="node" attr.name="label" attr.type="string"/>'),
    ).toBeLessThan(graphml.indexOf('<graph id='));
    expect(graphml).toContain(
      '<key id="n_3" for="node" attr.name="betweenness" attr.type="double"/>',
    );
    expect(graphml).toContain(
      '<key id="e_1" for="edge" attr.name="confirmed" attr.type="boolean"/>',
    );
    expect(graphml).toContain('<graph id="G" edgedefault="directed">');
    expect(graphml).toContain('<edge id="e1" source="n1" target="n2"><data key="weight">2</data>');
    const used = [...graphml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]);
    const declared = new Set([...graphml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key)).toBe(true);
  });

  it('escapes a hostile name in element content', () => {
    expect(graphml).toContain('<data key="label">&lt;x&gt;&amp;&quot;&apos;</data>');
    expect(graphml).not.toContain(hostile);
  });
});

describe('mapToSvg', () => {
  const svg = mapToSvg(nodes, edges, { width: 300, height: 200, padding: 50, labelMinSize: 8 });

  it('fits the nodes into the picture with y flipped (graph y up, SVG y down)', () => {
    // Span 100 x 50 into 200 x 100: scale 2; n1 (0,0) lands bottom left, n2 (100,50) top right.
    expect(svg).toContain('<circle cx="50" cy="150" r="10" fill="#4e79a7">');
    expect(svg).toContain('<circle cx="250" cy="50" r="4" fill="#f28e2b">');
    expect(svg).toContain('marker-end="url(#arrow)"');
  });

  it('labels only large nodes, as escaped text', () => {
    expect(svg).toContain('&lt;x&gt;&amp;&quot;&apos;</text>');
    expect(svg).not.toContain('Ege Döküm</text>');
    expect(svg).not.toContain(hostile);
  });

  it('leaves out a relation whose end is not shown', () => {
    const one = mapToSvg([nodes[0]!], edges);
    expect(one).not.toContain('<line');
  });
});

describe('CSV', () => {
  it('starts with a byte-order mark and keeps Turkish letters', () => {
    const csv = writeCsv(['id', 'name'], [{ id: 'n2', name: 'Ege Döküm Şirketi' }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}id,name\r\nn2,Ege Döküm Şirketi\r\n`);
  });

  it('prefixes text starting with = + - @ against formula injection, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+90 232')).toBe("'+90 232");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1');
  });

  it('quotes commas, quotes and line breaks; writes null as empty', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(hostile)).toBe(`"<x>&""'"`);
  });
});
