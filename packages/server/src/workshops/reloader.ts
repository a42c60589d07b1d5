// Coalesces concurrent reloads of one thing: while a load runs, every new request waits for one
// more load started after it, so each caller sees data at least as new as its request.

export class Reloader<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  constructor(private readonly load: () => Promise<T>) {}

  /** A load that began no earlier than this call. */
  get(): Promise<T> {
    if (!this.running) return this.start();
    if (!this.queued) {
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.start();
        });
    }
    return this.queued;
  }

  private start(): Promise<T> {
    const started: Promise<T> = this.load().finally(() => {
      if (this.running === started) this.running = null;
    });
    this.running = started;
    return started;
  }
}
