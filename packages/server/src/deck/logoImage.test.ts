// Recognising a logo by its bytes: whole PNGs and JPEGs with their pixel size, and a message for
// text, cut files, images without pixels and huge ones.

import { describe, expect, it } from 'vitest';
import { flatJpeg, tinyPng } from '../../test/deckFixtures';
import { LogoImageError, MAX_LOGO_SIDE, readLogoImage } from './logoImage';

const refusal = (bytes: Uint8Array) => {
  try {
    readLogoImage(bytes);
  } catch (error) {
    if (error instanceof LogoImageError) return error.message;
    throw error;
  }
  throw new Error('expected the bytes to be refused');
};

describe('readLogoImage', () => {
  it('reads a PNG and its width and height from the IHDR chunk', () => {
    expect(readLogoImage(tinyPng(30, 12))).toEqual({
      mediaType: 'image/png',
      width: 30,
      height: 12,
    });
  });

  it('reads a JPEG and its width and height from the frame header', () => {
    expect(readLogoImage(flatJpeg(24, 16))).toEqual({
      mediaType: 'image/jpeg',
      width: 24,
      height: 16,
    });
  });

  it('refuses text, whatever the file was called', () => {
    expect(refusal(Buffer.from('not an image at all, just text'))).toBe(
      'the logo must be a PNG or JPEG image',
    );
  });

  it('refuses a PNG cut short, at any length', () => {
    const png = tinyPng(30, 12);
    for (const length of [8, 20, 33, 40, png.length - 1])
      expect(refusal(png.subarray(0, length))).toMatch(/PNG file is cut short/);
  });

  it('refuses a JPEG cut short, at any length', () => {
    const jpeg = flatJpeg(24, 16);
    for (const length of [3, 10, 90, jpeg.length - 1])
      expect(refusal(jpeg.subarray(0, length))).toMatch(/JPEG file is (cut short|damaged)/);
  });

  it('refuses an image without pixels and one wider than the limit', () => {
    expect(refusal(tinyPng(0, 5))).toMatch(/no pixels/);
    const wide = tinyPng(1, 1);
    wide.writeUInt32BE(MAX_LOGO_SIDE + 1, 16);
    expect(refusal(wide)).toMatch(/at most 8000 on each side/);
  });
});
