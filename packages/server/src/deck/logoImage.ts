// Recognises an uploaded logo by its bytes, not its name: a whole PNG (signature, IHDR, chunks up
// to IEND) or a whole JPEG (SOI, a frame header, scan data ending in EOI), with its pixel size.

/** The largest logo accepted, in bytes. */
export const MAX_LOGO_BYTES = 1024 * 1024;
/** A side longer than this is refused: the deck never needs it, and renderers choke on huge bitmaps. */
export const MAX_LOGO_SIDE = 8000;

export interface LogoImage {
  mediaType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

/** The bytes are not a PNG or JPEG Kume can place on a slide; the message says why. */
export class LogoImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogoImageError';
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** PNG: the IHDR chunk first (width, height), then every chunk whole, up to IEND. */
function readPng(bytes: Uint8Array): LogoImage {
  const data = view(bytes);
  const chunkType = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 33 || chunkType(12) !== 'IHDR' || data.getUint32(8) !== 13)
    throw new LogoImageError('the PNG file is cut short or damaged (no image header)');
  const width = data.getUint32(16);
  const height = data.getUint32(20);
  // Length, type, data and CRC of each chunk: a file cut anywhere misses its IEND chunk.
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = data.getUint32(at);
    if (chunkType(at + 4) === 'IEND') return { mediaType: 'image/png', width, height };
    at += 12 + length;
  }
  throw new LogoImageError('the PNG file is cut short (it does not reach its end marker)');
}

/** Start-of-frame markers (baseline, progressive, ...); C4, C8 and CC are other segments. */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** JPEG: segments from SOI to the start of scan, a frame header among them, and EOI at the end. */
function readJpeg(bytes: Uint8Array): LogoImage {
  const data = view(bytes);
  let size: { width: number; height: number } | undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new LogoImageError('the JPEG file is damaged (a bad segment)');
    const marker = bytes[at + 1]!;
    // Fill bytes (FF FF ...) may precede a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = data.getUint16(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) break;
    if (isStartOfFrame(marker) && length >= 7)
      size = { height: data.getUint16(at + 5), width: data.getUint16(at + 7) };
    if (marker === 0xda) {
      if (!size) break;
      // The scan's data runs to the end-of-image marker (FF D9 appears nowhere else in it: a
      // data byte FF is followed by 00 or a restart marker), which a cut file lacks.
      for (let end = bytes.length - 2; end >= at + 2 + length; end--)
        if (bytes[end] === 0xff && bytes[end + 1] === 0xd9)
          return { mediaType: 'image/jpeg', ...size };
      break;
    }
    at += 2 + length;
  }
  throw new LogoImageError('the JPEG file is cut short or damaged (no complete image in it)');
}

/**
 * The logo's type and pixel size, read from its bytes. Throws LogoImageError for anything that is
 * not a whole PNG or JPEG, for an image without pixels, and for one wider or taller than
 * MAX_LOGO_SIDE. The size limit in bytes is the caller's (MAX_LOGO_BYTES).
 */
export function readLogoImage(bytes: Uint8Array): LogoImage {
  let image: LogoImage;
  if (startsWith(bytes, PNG_SIGNATURE)) image = readPng(bytes);
  else if (startsWith(bytes, [0xff, 0xd8, 0xff])) image = readJpeg(bytes);
  else throw new LogoImageError('the logo must be a PNG or JPEG image');
  if (image.width === 0 || image.height === 0)
    throw new LogoImageError('the image has no pixels (its width or height is 0)');
  if (image.width > MAX_LOGO_SIDE || image.height > MAX_LOGO_SIDE)
    throw new LogoImageError(
      `the image is ${image.width} x ${image.height} pixels; at most ${MAX_LOGO_SIDE} on each side`,
    );
  return image;
}
