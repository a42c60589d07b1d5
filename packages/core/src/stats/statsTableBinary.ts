// A StatsTable as one compact byte string, for storing a dataset in the database (a bytea column)
// and reading it back without parsing text: the typed arrays are copied as they are.
//
// Layout: "KUMESTA1" (8 bytes), header length (uint32 LE), header JSON (UTF-8: regions,
// industries, length), zero padding to a multiple of 8, then the columns employment,
// establishments, payroll (float64), region, industry (int32), year (int16), flag (uint8).
// Byte order is little-endian, as on every machine Kume runs on (checked when decoding).

import type { StatsTable } from './statsTable';

const MAGIC = 'KUMESTA1';

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

function padTo8(n: number): number {
  return (n + 7) & ~7;
}

export function encodeStatsTable(table: StatsTable): Uint8Array {
  if (!isLittleEndian())
    throw new Error('datasets are stored little-endian; this machine is big-endian');
  const header = new TextEncoder().encode(
    JSON.stringify({ regions: table.regions, industries: table.industries, length: table.length }),
  );
  const n = table.length;
  const start = padTo8(8 + 4 + header.length);
  const sizes = [8 * n, 8 * n, 8 * n, 4 * n, 4 * n, 2 * n, n];
  const total = start + sizes.reduce((a, b) => a + b, 0);
  const bytes = new Uint8Array(total);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(8, header.length, true);
  bytes.set(header, 12);
  let offset = start;
  for (const column of [
    table.employment,
    table.establishments,
    table.payroll,
    table.region,
    table.industry,
    table.year,
    table.flag,
  ]) {
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), offset);
    offset += column.byteLength;
  }
  return bytes;
}

/** Reads what encodeStatsTable wrote; throws on anything else. The columns are fresh copies. */
export function decodeStatsTable(bytes: Uint8Array): StatsTable {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw new Error('not a stored Kume dataset');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as {
    regions: string[];
    industries: string[];
    length: number;
  };
  const n = header.length;
  let offset = padTo8(12 + headerLength);
  if (bytes.length !== offset + 35 * n) throw new Error('stored dataset is truncated or damaged');
  // Copy into aligned buffers: the stored bytes may sit at any offset of a larger buffer.
  // Not bytes.slice: on a Node Buffer (node-postgres gives bytea as one) slice is a view.
  const take = (size: number) => {
    const copy = new Uint8Array(size);
    copy.set(bytes.subarray(offset, offset + size));
    offset += size;
    return copy.buffer;
  };
  return {
    regions: header.regions,
    industries: header.industries,
    length: n,
    employment: new Float64Array(take(8 * n)),
    establishments: new Float64Array(take(8 * n)),
    payroll: new Float64Array(take(8 * n)),
    region: new Int32Array(take(4 * n)),
    industry: new Int32Array(take(4 * n)),
    year: new Int16Array(take(2 * n)),
    flag: new Uint8Array(take(n)),
  };
}
