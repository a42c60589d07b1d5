// Reading a project bundle (`kume import`): JSON syntax errors placed by line and column, schema
// errors by field path. Apart from bundleCommands so that registering commands loads no schema.

import { describeIssues, projectBundleSchema } from '@kume/core';
import { UsageError } from '../usageError';

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

const endOfInput = 'Unexpected end of JSON input';

/**
 * Where JSON.parse failed. V8 reports a position for most errors but not for an unexpected token
 * or the end of input: then the error is at the end of the shortest prefix that fails with
 * something other than running out of input (prefixes before the error only run out).
 */
function jsonErrorOffset(text: string, message: string): number {
  const reported = /at position (\d+)/.exec(message);
  if (reported) return Number(reported[1]);
  if (message.startsWith(endOfInput)) return text.length;
  const failsWithin = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const m = (error as Error).message;
      const position = /at position (\d+)/.exec(m);
      return position ? Number(position[1]) < length : !m.startsWith(endOfInput);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (failsWithin(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

export function parseBundleText(text: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text, message));
    // V8 quotes the text around an unexpected token; the line and column say where it is.
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*$/s, '');
    throw new UsageError(`${file}:${line}:${column}: not valid JSON (${reason})`);
  }
  const parsed = projectBundleSchema.safeParse(json);
  if (!parsed.success) {
    const lines = describeIssues(parsed.error.issues);
    throw new UsageError(
      `${file}: not a Kume project bundle:\n${lines
        .slice(0, 20)
        .map((l) => `  ${l}`)
        .join('\n')}${lines.length > 20 ? `\n  ... and ${lines.length - 20} more` : ''}`,
    );
  }
  return parsed.data;
}
