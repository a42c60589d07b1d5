// The last N command ids of one participant with their results, so a command a client repeats
// (after a reconnect, not knowing whether it arrived) is acknowledged again but runs once.

/** Remembers up to `size` ids (oldest forgotten first) and the promise of each one's result. */
export class IdempotencyWindow<T> {
  private readonly results = new Map<string, Promise<T>>();

  constructor(private readonly size: number) {}

  /** The result of `id`: the remembered one, or `run()`'s, remembered unless it throws. */
  run(id: string, run: () => Promise<T>): { result: Promise<T>; repeated: boolean } {
    const known = this.results.get(id);
    if (known) return { result: known, repeated: true };
    const result = run();
    this.results.set(id, result);
    // A thrown command did not happen: forget it so a retry runs it.
    result.catch(() => {
      if (this.results.get(id) === result) this.results.delete(id);
    });
    if (this.results.size > this.size) {
      const oldest = this.results.keys().next().value;
      if (oldest !== undefined) this.results.delete(oldest);
    }
    return { result, repeated: false };
  }
}
