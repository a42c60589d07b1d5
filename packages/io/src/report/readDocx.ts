// Reads a DOCX back for tests and checks (as readPptx does for decks): the body's headings with
// their levels, its paragraphs, its tables' cells, its pictures, the contents' field, the headers'
// and footers' text, and every XML part that is not well formed. Not a general DOCX reader.

import JSZip from 'jszip';
import { xmlWellFormed } from '../deck/xmlWellFormed';

export interface DocxContent {
  /** Paragraphs in a HeadingN style, in order. */
  headings: { level: number; text: string }[];
  /** Every paragraph outside tables and the contents, headings included, in order. */
  paragraphs: string[];
  /** Each table's rows of cell texts (a cell's paragraphs joined by a line break). */
  tables: string[][][];
  /** Pictures drawn in the body (w:drawing), logo and charts alike. */
  imageCount: number;
  /** The instruction of the table of contents' field (`TOC \h \o "1-2"`), null when there is none. */
  tocField: string | null;
  /** The contents' entries as written (text and page number), before any application updates them. */
  tocEntries: string[];
  /** The text of each header and footer part. */
  headers: string[];
  footers: string[];
  /** XML parts (the charts' SVG pictures too) that are not well formed, with the first problem of each. */
  invalidXml: { path: string; problem: string }[];
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\dA-Fa-f]+);/g, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[entity] !== undefined) return named[entity];
    const code = entity.startsWith('#x')
      ? parseInt(entity.slice(2), 16)
      : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** A paragraph's text: its runs' text, tabs and line breaks; field instructions left out. */
function paragraphText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(
    /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\/>|<w:tab\/>|<w:br\/>/g,
  )) {
    if (match[0] === '<w:tab/>') text += '\t';
    else if (match[0] === '<w:br/>') text += '\n';
    else text += decode(match[1] ?? '');
  }
  return text;
}

/** The top-level elements of `xml` named `tag` (w:tbl, w:sdt), nesting counted. */
function outerSpans(xml: string, tag: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  let depth = 0;
  let start = 0;
  for (const match of xml.matchAll(pattern)) {
    if (match[0].startsWith('</')) {
      depth -= 1;
      if (depth === 0) spans.push({ start, end: (match.index ?? 0) + match[0].length });
    } else {
      if (depth === 0) start = match.index ?? 0;
      depth += 1;
    }
  }
  return spans;
}

function withoutSpans(xml: string, spans: { start: number; end: number }[]): string {
  let rest = '';
  let from = 0;
  for (const span of spans) {
    // A span inside one already cut out (a table in the contents) is gone with it.
    if (span.start < from) continue;
    rest += xml.slice(from, span.start);
    from = span.end;
  }
  return rest + xml.slice(from);
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((match) => match[0]);
}

function readTable(xml: string): string[][] {
  // Rows and cells of this table only: a nested table would be read into its cell's text.
  return [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      paragraphs(cell[1] ?? '')
        .map(paragraphText)
        .join('\n'),
    ),
  );
}

export async function readDocx(file: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(file);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const invalidXml: DocxContent['invalidXml'] = [];
  const headers: string[] = [];
  const footers: string[] = [];
  for (const path of Object.keys(zip.files).sort()) {
    if (!/\.(xml|rels|svg)$/.test(path)) continue;
    const xml = await text(path);
    const problem = xmlWellFormed(xml);
    if (problem) invalidXml.push({ path, problem });
    const part = /^word\/(header|footer)\d+\.xml$/.exec(path)?.[1];
    const partText = paragraphs(xml).map(paragraphText).join('\n');
    if (part === 'header') headers.push(partText);
    if (part === 'footer') footers.push(partText);
  }
  const document = await text('word/document.xml');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  const contents = outerSpans(body, 'w:sdt').map((span) => body.slice(span.start, span.end));
  const toc = contents.find((sdt) => /<w:instrText[^>]*>\s*TOC\s/.test(sdt)) ?? '';
  const tocField = /<w:instrText[^>]*>(\s*TOC\s[\s\S]*?)<\/w:instrText>/.exec(toc)?.[1];
  const tableSpans = outerSpans(body, 'w:tbl');
  const flowing = withoutSpans(
    body,
    [...outerSpans(body, 'w:sdt'), ...tableSpans].sort((a, b) => a.start - b.start),
  );
  const bodyParagraphs = paragraphs(flowing);
  return {
    headings: bodyParagraphs.flatMap((xml) => {
      const level = /<w:pStyle w:val="Heading(\d)"\/>/.exec(xml)?.[1];
      return level ? [{ level: Number(level), text: paragraphText(xml) }] : [];
    }),
    paragraphs: bodyParagraphs.map(paragraphText),
    tables: tableSpans.map((span) => readTable(body.slice(span.start, span.end))),
    imageCount: (document.match(/<w:drawing>/g) ?? []).length,
    tocField: tocField === undefined ? null : decode(tocField.trim()),
    tocEntries: paragraphs(toc)
      .map(paragraphText)
      .filter((entry) => entry !== ''),
    headers,
    footers,
    invalidXml,
  };
}
