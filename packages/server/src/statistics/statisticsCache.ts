// An in-memory cache of statistics results (decoded datasets, cluster metrics) within a byte
// budget, least recently used out first, so repeated views of one analysis do not recompute.

interface Entry<V> {
  value: V;
  bytes: number;
  tags: readonly string[];
}

/**
 * Values by key, each with its size in bytes and tags (such as `dataset:<id>`) by which
 * `invalidate` drops them. Concurrent requests for a key share one computation. A value larger
 * than the whole budget is returned but not kept. Keys should carry what makes a value stale
 * (a definition's update time), so a missed invalidation never serves old results.
 */
export class StatisticsCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly pending = new Map<string, Promise<V>>();
  /** Bumped by invalidate, so a computation that began before it is not stored. */
  private generation = 0;
  private total = 0;

  constructor(
    private readonly budgetBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The bytes held, for tests and logs. */
  get bytes(): number {
    return this.total;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  async get(key: string, tags: readonly string[], compute: () => Promise<V> | V): Promise<V> {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = (async () => compute())();
    this.pending.set(key, promise);
    try {
      const value = await promise;
      if (generation === this.generation)
        this.store(key, { value, bytes: this.sizeOf(value), tags });
      return value;
    } finally {
      this.pending.delete(key);
    }
  }

  /** Drops every value with the tag (a dataset or definition changed or was deleted). */
  invalidate(tag: string): void {
    this.generation += 1;
    for (const [key, entry] of this.entries) {
      if (entry.tags.includes(tag)) this.remove(key, entry);
    }
  }

  private store(key: string, entry: Entry<V>) {
    if (entry.bytes > this.budgetBytes) return;
    this.entries.set(key, entry);
    this.total += entry.bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.total <= this.budgetBytes) break;
      this.remove(oldKey, old);
    }
  }

  private remove(key: string, entry: Entry<V>) {
    this.entries.delete(key);
    this.total -= entry.bytes;
  }
}

/** The bytes of the typed arrays in a value, nested objects and arrays included (strings not). */
export function typedArrayBytes(value: unknown, seen = new Set<unknown>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  let bytes = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value))
    bytes += typedArrayBytes(item, seen);
  return bytes;
}
