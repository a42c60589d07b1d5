// Reads an uploaded JSON file (GeoJSON map shapes), or answers 400 `unsupported_file` saying what
// is wrong and, where the parser lets us tell, at which line and column.

import { HttpError } from '../http/httpError';

/** The place of a character offset in a text: "line 3, column 7" (both from 1). */
export function textPlace(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** V8 quotes up to 10 characters either side of an unexpected token. */
const CONTEXT = 10;

/**
 * The offset of a JSON.parse error in `text`: from "at position N", or found from the characters
 * V8 quotes around an unexpected token (checked to hold that token); undefined when unknown.
 */
export function jsonErrorOffset(message: string, text: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const quoted = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(
    message,
  );
  if (!quoted) return undefined;
  const [, token = '', before, context = '', after] = quoted;
  let offset: number | undefined;
  if (before) {
    const start = text.indexOf(context);
    offset = start < 0 ? undefined : start + CONTEXT;
  } else if (after) offset = context.length - CONTEXT;
  // The whole text quoted: the first such character is as good a guess as any, once checked.
  else offset = text.indexOf(token);
  return offset !== undefined && text.charAt(offset) === token ? offset : undefined;
}

const unsupported = (fileName: string, message: string, path = 'file') =>
  new HttpError(400, 'unsupported_file', `${fileName} ${message}`, [
    { path, message: `${fileName} ${message}` },
  ]);

/** The file's JSON value; a 400 for an empty file, a zip file (a shapefile) or broken JSON. */
export function parseJsonFile(bytes: Uint8Array, fileName: string): unknown {
  if (bytes.length === 0) throw unsupported(fileName, 'is empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    throw unsupported(
      fileName,
      'is a zip file, not GeoJSON: export the regions as GeoJSON (e.g. a shapefile with QGIS or mapshaper)',
    );
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(message, text);
    // V8 quotes the text in some messages; the place says where instead.
    const reason = message
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '');
    throw unsupported(
      fileName,
      `is not JSON (${reason})`,
      offset === undefined ? 'file' : textPlace(text, offset),
    );
  }
}
