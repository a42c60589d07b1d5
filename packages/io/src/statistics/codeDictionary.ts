// Turns code fields (region, industry) into dictionary ids straight from the bytes: short ASCII
// codes ("01", "01001", "336411", "------") are packed into two 24-bit integers and found in an
// open-addressing hash table without making a string, so each code is decoded only once.

import { fieldText, type CsvRecord } from './scanCsvRecords';

const SPACE = 0x20;
const TAB = 0x09;
/** Codes of up to 6 bytes pack into two 24-bit halves. */
const MAX_PACKED = 6;

export class CodeDictionary {
  private readonly text = new Map<string, number>();
  private low = new Int32Array(1024);
  private high = new Int32Array(1024);
  /** id + 1 per slot; 0 marks an empty slot. */
  private ids = new Int32Array(1024);
  private used = 0;
  private lastLow = -1;
  private lastHigh = -1;
  private lastId = -1;

  /** `add` returns the id of a code the dictionary has not seen (StatsTableBuilder.regionId). */
  constructor(private readonly add: (code: string) => number) {}

  /**
   * The id of the code in field `a` of the record, followed by field `b` when b >= 0 (CBP county
   * files: state and county FIPS make one region code). Surrounding blanks are not part of a code.
   * -1 when the code is empty.
   */
  id(record: CsvRecord, a: number, b = -1): number {
    const { bytes, starts, ends, quoted } = record;
    if (quoted[a] === 2 || (b >= 0 && quoted[b] === 2)) return this.byText(record, a, b);
    let s = starts[a]!;
    let e = ends[a]!;
    while (s < e && (bytes[s] === SPACE || bytes[s] === TAB)) s += 1;
    while (e > s && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e -= 1;
    let s2 = 0;
    let e2 = 0;
    if (b >= 0) {
      s2 = starts[b]!;
      e2 = ends[b]!;
      while (s2 < e2 && (bytes[s2] === SPACE || bytes[s2] === TAB)) s2 += 1;
      while (e2 > s2 && (bytes[e2 - 1] === SPACE || bytes[e2 - 1] === TAB)) e2 -= 1;
    }
    const length = e - s + (e2 - s2);
    if (length === 0) return -1;
    if (length > MAX_PACKED) return this.byText(record, a, b);
    // Little-endian packing with every byte non-zero: distinct codes give distinct keys.
    let low = 0;
    let high = 0;
    let at = 0;
    let ascii = 0;
    for (let i = s; i < e; i += 1, at += 1) {
      const byte = bytes[i]!;
      ascii |= byte;
      if (at < 3) low |= byte << (8 * at);
      else high |= byte << (8 * (at - 3));
    }
    for (let i = s2; i < e2; i += 1, at += 1) {
      const byte = bytes[i]!;
      ascii |= byte;
      if (at < 3) low |= byte << (8 * at);
      else high |= byte << (8 * (at - 3));
    }
    if (ascii >= 0x80) return this.byText(record, a, b);
    // Sorted files repeat the previous code often (CBP: one industry after another).
    if (low === this.lastLow && high === this.lastHigh) return this.lastId;
    const id = this.byKey(low, high, record, a, b);
    this.lastLow = low;
    this.lastHigh = high;
    this.lastId = id;
    return id;
  }

  private byKey(low: number, high: number, record: CsvRecord, a: number, b: number): number {
    const mask = this.ids.length - 1;
    let slot = (Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 1, 0x85ebca77)) & mask;
    for (;;) {
      const stored = this.ids[slot]!;
      if (stored === 0) break;
      if (this.low[slot] === low && this.high[slot] === high) return stored - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.add(this.decode(record, a, b));
    this.low[slot] = low;
    this.high[slot] = high;
    this.ids[slot] = id + 1;
    this.used += 1;
    if (this.used * 2 > this.ids.length) this.grow();
    return id;
  }

  private grow() {
    const { low, high, ids } = this;
    this.low = new Int32Array(ids.length * 2);
    this.high = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2);
    const mask = this.ids.length - 1;
    for (let i = 0; i < ids.length; i += 1) {
      if (ids[i] === 0) continue;
      let slot = (Math.imul(low[i]!, 0x9e3779b1) ^ Math.imul(high[i]! + 1, 0x85ebca77)) & mask;
      while (this.ids[slot] !== 0) slot = (slot + 1) & mask;
      this.low[slot] = low[i]!;
      this.high[slot] = high[i]!;
      this.ids[slot] = ids[i]!;
    }
  }

  private byText(record: CsvRecord, a: number, b: number): number {
    const code = this.decode(record, a, b);
    if (code === '') return -1;
    let id = this.text.get(code);
    if (id === undefined) {
      id = this.add(code);
      this.text.set(code, id);
    }
    return id;
  }

  private decode(record: CsvRecord, a: number, b: number): string {
    return b < 0 ? fieldText(record, a) : fieldText(record, a) + fieldText(record, b);
  }
}
