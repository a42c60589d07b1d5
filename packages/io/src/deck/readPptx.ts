// Reads a PPTX back for tests and checks: per slide its texts, its shapes, its charts (type,
// series with category labels and values from ppt/charts/chartN.xml) and its notes; and every
// XML part that is not well formed. Not a general PPTX reader: it knows what writeDeckPptx writes.

import JSZip from 'jszip';
import { xmlWellFormed } from './xmlWellFormed';

export interface PptxChart {
  /** The plot element's kind: bar, line, doughnut, pie, ... */
  type: string;
  series: { name: string; categories: string[]; values: number[] }[];
}

/** A shape (p:sp) of a slide: its name, its geometry and, for a freeform, its path's points. */
export interface PptxShape {
  name: string;
  /** The preset's name (rect, ellipse, line, ...) or 'custGeom' for a freeform. */
  geometry: string;
  /** Points of a freeform's path (moves and lines); 0 for a preset. */
  points: number;
}

export interface PptxSlide {
  /** Every text run (a:t) of the slide in document order. */
  texts: string[];
  shapes: PptxShape[];
  charts: PptxChart[];
  /** The speaker notes' text, '' when the slide has none. */
  notes: string;
}

export interface PptxContent {
  slides: PptxSlide[];
  /** XML parts that are not well formed, with the first problem of each. */
  invalidXml: { path: string; problem: string }[];
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\dA-Fa-f]+);/g, (_, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'amp') return '&';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x')
      ? parseInt(entity.slice(2), 16)
      : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((match) => decode(match[1] ?? ''));
}

function points(xml: string): string[] {
  return [...xml.matchAll(/<c:pt idx="\d+">\s*<c:v>([\s\S]*?)<\/c:v>/g)].map((match) =>
    decode(match[1] ?? ''),
  );
}

function readChart(xml: string): PptxChart {
  const type = /<c:(\w+)Chart>/.exec(xml)?.[1] ?? 'unknown';
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((match) => {
    const body = match[1] ?? '';
    const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(body)?.[1] ?? '';
    const categories = points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(body)?.[1] ?? '');
    const values = points(/<c:val>([\s\S]*?)<\/c:val>/.exec(body)?.[1] ?? '').map(Number);
    return { name: decode(name), categories, values };
  });
  return { type, series };
}

function readShapes(xml: string): PptxShape[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((match) => {
    const body = match[1] ?? '';
    const path = /<a:pathLst>([\s\S]*?)<\/a:pathLst>/.exec(body)?.[1] ?? '';
    return {
      name: decode(/<p:cNvPr [^>]*name="([^"]*)"/.exec(body)?.[1] ?? ''),
      geometry: body.includes('<a:custGeom>')
        ? 'custGeom'
        : (/<a:prstGeom prst="(\w+)"/.exec(body)?.[1] ?? ''),
      points: (path.match(/<a:pt /g) ?? []).length,
    };
  });
}

/**
 * Targets of a part's relationships as package paths: relative ones resolved against the part's
 * folder (../charts from ppt/slides), absolute ones (/ppt/charts/...) from the package root.
 */
function targets(relsXml: string, folder: string): string[] {
  return [...relsXml.matchAll(/Target="([^"]+)"/g)].map((match) => {
    const target = match[1] ?? '';
    const parts = (target.startsWith('/') ? target : `${folder}/${target}`).split('/');
    const resolved: string[] = [];
    for (const part of parts) {
      if (part === '..') resolved.pop();
      else if (part !== '.' && part !== '') resolved.push(part);
    }
    return resolved.join('/');
  });
}

export async function readPptx(file: Buffer): Promise<PptxContent> {
  const zip = await JSZip.loadAsync(file);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const invalidXml: PptxContent['invalidXml'] = [];
  for (const path of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const problem = xmlWellFormed(await text(path));
    if (problem) invalidXml.push({ path, problem });
  }
  const presentationTargets = targets(await text('ppt/_rels/presentation.xml.rels'), 'ppt');
  const order = [
    ...(await text('ppt/presentation.xml')).matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g),
  ].map((m) => m[1]);
  const relIds = [
    ...(await text('ppt/_rels/presentation.xml.rels')).matchAll(/<Relationship [^>]*>/g),
  ].map((m) => m[0]);
  const slidePaths = order.map((id) => {
    const index = relIds.findIndex((rel) => rel.includes(`Id="${id}"`));
    return presentationTargets[index] ?? '';
  });
  const slides: PptxSlide[] = [];
  for (const path of slidePaths) {
    const name = path.split('/').pop() ?? '';
    const related = targets(await text(`ppt/slides/_rels/${name}.rels`), 'ppt/slides');
    const charts: PptxChart[] = [];
    let notes = '';
    for (const target of related) {
      if (/\/charts\/chart\d+\.xml$/.test(target)) charts.push(readChart(await text(target)));
      if (/\/notesSlides\/notesSlide\d+\.xml$/.test(target)) {
        const body =
          /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/.exec(
            await text(target),
          )?.[0] ?? '';
        notes = runs(body).join('');
      }
    }
    const xml = await text(path);
    slides.push({ texts: runs(xml), shapes: readShapes(xml), charts, notes });
  }
  return { slides, invalidXml };
}
