// Group commit: requests that arrive while a batch is being written wait and go together in the
// next one, so one transaction (one lock, one fold, one insert, one commit) serves many votes.

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export class CommandBatcher<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private running = false;

  /**
   * `run` handles a batch and answers one result per item, in order; when it throws, every item
   * of that batch is rejected with the error. At most `maxBatch` items go in one run.
   */
  constructor(
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly maxBatch: number,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      try {
        const results = await this.run(batch.map((entry) => entry.item));
        batch.forEach((entry, index) => entry.resolve(results[index] as R));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.running = false;
  }
}
