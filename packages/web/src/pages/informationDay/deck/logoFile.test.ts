// Tests of the logo check made before upload: PNG or JPEG by the first bytes, at most 1 MB.

import { describe, expect, it } from 'vitest';
import { checkLogoFile, imageKind, logoProblem, MAX_LOGO_BYTES } from './logoFile';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const text = new TextEncoder().encode('hello, not an image');

describe('imageKind', () => {
  it('tells PNG and JPEG by their signatures and nothing else', () => {
    expect(imageKind(png)).toBe('png');
    expect(imageKind(jpeg)).toBe('jpeg');
    expect(imageKind(text)).toBeNull();
    expect(imageKind(new TextEncoder().encode('GIF89a'))).toBeNull();
  });

  it('does not take a truncated signature for an image', () => {
    expect(imageKind(png.slice(0, 7))).toBeNull();
    expect(imageKind(jpeg.slice(0, 2))).toBeNull();
  });
});

describe('logoProblem', () => {
  it('takes a PNG or JPEG of exactly 1 MB and refuses one byte more', () => {
    expect(logoProblem(png, MAX_LOGO_BYTES)).toBeNull();
    expect(logoProblem(jpeg, 2048)).toBeNull();
    expect(logoProblem(png, MAX_LOGO_BYTES + 1)).toBe('size');
  });

  it('calls a file that is no image by its type first, whatever its size, and an empty file empty', () => {
    expect(logoProblem(text, 10)).toBe('type');
    expect(logoProblem(text, 5 * MAX_LOGO_BYTES)).toBe('type');
    expect(logoProblem(new Uint8Array(), 0)).toBe('empty');
  });
});

describe('checkLogoFile', () => {
  it('reads the first bytes of a file, not its name or declared type', async () => {
    const renamed = new Blob([text], { type: 'image/png' });
    expect(await checkLogoFile(renamed)).toBe('type');
    const real = new Blob([png, new Uint8Array(100)], { type: 'application/octet-stream' });
    expect(await checkLogoFile(real)).toBeNull();
    const large = new Blob([jpeg, new Uint8Array(MAX_LOGO_BYTES)]);
    expect(await checkLogoFile(large)).toBe('size');
  });
});
