// Regional statistics as columns: one row per region x industry x year, codes kept once in
// dictionaries and referred to by index, values in typed arrays (no object per row), so a CBP
// file of 800,000 rows fits in a few tens of megabytes and loops stay fast in Node and browsers.

/** A suppression flag as published (CBP: 'A'..'M'); 0 when the cell is not suppressed. */
export type FlagCode = number;

export interface StatsTable {
  /** Region codes exactly as in the input ("01", "TR310", "US"); `region[i]` indexes this. */
  readonly regions: readonly string[];
  /** Industry codes as in the input, after the reader's normalisation; `industry[i]` indexes this. */
  readonly industries: readonly string[];
  readonly length: number;
  readonly region: Int32Array;
  readonly industry: Int32Array;
  readonly year: Int16Array;
  /** Employment; NaN when missing. A suppressed cell holds what was published (CBP: 0). */
  readonly employment: Float64Array;
  /** Establishments; NaN when missing. */
  readonly establishments: Float64Array;
  /** Annual payroll in the source's unit (CBP: $1,000); NaN when missing. */
  readonly payroll: Float64Array;
  /** Suppression flag: char code of the flag letter ('A' = 65), 0 for none. */
  readonly flag: Uint8Array;
}

/** Builds a StatsTable row by row, growing its arrays by doubling. */
export class StatsTableBuilder {
  private readonly regionIndex = new Map<string, number>();
  private readonly industryIndex = new Map<string, number>();
  private readonly regions: string[] = [];
  private readonly industries: string[] = [];
  private size = 0;
  private capacity: number;
  private region: Int32Array;
  private industry: Int32Array;
  private year: Int16Array;
  private employment: Float64Array;
  private establishments: Float64Array;
  private payroll: Float64Array;
  private flag: Uint8Array;

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(16, initialCapacity);
    this.region = new Int32Array(this.capacity);
    this.industry = new Int32Array(this.capacity);
    this.year = new Int16Array(this.capacity);
    this.employment = new Float64Array(this.capacity);
    this.establishments = new Float64Array(this.capacity);
    this.payroll = new Float64Array(this.capacity);
    this.flag = new Uint8Array(this.capacity);
  }

  get length(): number {
    return this.size;
  }

  /** The dictionary index of a region code, added when new. */
  regionId(code: string): number {
    let id = this.regionIndex.get(code);
    if (id === undefined) {
      id = this.regions.length;
      this.regions.push(code);
      this.regionIndex.set(code, id);
    }
    return id;
  }

  /** The dictionary index of an industry code, added when new. */
  industryId(code: string): number {
    let id = this.industryIndex.get(code);
    if (id === undefined) {
      id = this.industries.length;
      this.industries.push(code);
      this.industryIndex.set(code, id);
    }
    return id;
  }

  /** Adds a row by dictionary ids (see regionId, industryId). Missing values are NaN; flag 0 = none. */
  push(
    regionId: number,
    industryId: number,
    year: number,
    employment: number,
    establishments: number,
    payroll: number,
    flag: FlagCode,
  ): void {
    if (this.size === this.capacity) this.grow();
    const i = this.size;
    this.region[i] = regionId;
    this.industry[i] = industryId;
    this.year[i] = year;
    this.employment[i] = employment;
    this.establishments[i] = establishments;
    this.payroll[i] = payroll;
    this.flag[i] = flag;
    this.size += 1;
  }

  private grow() {
    this.capacity *= 2;
    const copy = <T extends Int32Array | Int16Array | Float64Array | Uint8Array>(
      from: T,
      make: (n: number) => T,
    ): T => {
      const to = make(this.capacity);
      to.set(from);
      return to;
    };
    this.region = copy(this.region, (n) => new Int32Array(n));
    this.industry = copy(this.industry, (n) => new Int32Array(n));
    this.year = copy(this.year, (n) => new Int16Array(n));
    this.employment = copy(this.employment, (n) => new Float64Array(n));
    this.establishments = copy(this.establishments, (n) => new Float64Array(n));
    this.payroll = copy(this.payroll, (n) => new Float64Array(n));
    this.flag = copy(this.flag, (n) => new Uint8Array(n));
  }

  /**
   * The table; the builder must not be used afterwards. When the arrays are at least three
   * quarters full they are handed over as views (no copy: a 31-million-row table would otherwise
   * be held twice at its peak); else they are trimmed to the rows added.
   */
  build(): StatsTable {
    const n = this.size;
    const fit = <T extends Int32Array | Int16Array | Float64Array | Uint8Array>(column: T): T =>
      (n >= this.capacity * 0.75 ? column.subarray(0, n) : column.slice(0, n)) as T;
    return {
      regions: this.regions,
      industries: this.industries,
      length: n,
      region: fit(this.region),
      industry: fit(this.industry),
      year: fit(this.year),
      employment: fit(this.employment),
      establishments: fit(this.establishments),
      payroll: fit(this.payroll),
      flag: fit(this.flag),
    };
  }
}
