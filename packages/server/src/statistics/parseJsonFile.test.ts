// Broken JSON files are refused with the place where they break, whichever message V8 gives.

import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/httpError';
import { jsonErrorOffset, parseJsonFile, textPlace } from './parseJsonFile';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The issue of the 400 that parseJsonFile throws for `text`. */
function issueOf(text: string) {
  try {
    parseJsonFile(bytes(text), 'f.json');
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    return (error as HttpError).issues[0];
  }
  throw new Error('the text was read as JSON');
}

/** The offset jsonErrorOffset finds for the message JSON.parse gives on `text`. */
function offsetOf(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorOffset((error as Error).message, text);
  }
  throw new Error('the text was read as JSON');
}

describe('parseJsonFile', () => {
  it('reads JSON, with or without a byte order mark', () => {
    expect(parseJsonFile(bytes('\uFEFF{"a": "İ"}'), 'f.json')).toEqual({ a: 'İ' });
  });

  it('places an unexpected token deep in a long text', () => {
    const text = `{\n  "features": [\n${'    {"a": 1},\n'.repeat(50)}    {"b": ]\n  ]\n}`;
    expect(offsetOf(text)).toBe(text.indexOf(']'));
    expect(issueOf(text)).toEqual({
      path: 'line 53, column 11',
      message: "f.json is not JSON (Unexpected token ']')",
    });
  });

  it('places errors V8 gives a position for, and one near the start of the text', () => {
    expect(offsetOf('{"a":1,}')).toBe(7);
    expect(offsetOf('{"a": x, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": 1}')).toBe(6);
    expect(offsetOf('abc')).toBe(0);
    expect(issueOf('{"a":1} x')?.path).toBe('line 1, column 9');
  });

  it('says "file" where the parser gives no place', () => {
    expect(issueOf('{"a": ')).toEqual({
      path: 'file',
      message: 'f.json is not JSON (Unexpected end of JSON input)',
    });
  });

  it('refuses an empty file and a zip file', () => {
    expect(issueOf('')?.message).toBe('f.json is empty');
    expect(() => parseJsonFile(new Uint8Array([0x50, 0x4b, 3, 4]), 'f.zip')).toThrow(/zip file/);
  });

  it('counts lines and columns from 1', () => {
    expect(textPlace('ab\ncd', 0)).toBe('line 1, column 1');
    expect(textPlace('ab\ncd', 4)).toBe('line 2, column 2');
  });
});
