// Saves a respondent's draft as they answer: waits for a pause in typing, sends only the newest
// answers, one request at a time, and retries a failed save with growing waits.

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string; retryInMs: number };

export interface DraftAutosaverOptions<T> {
  save: (data: T) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  /** A failure that retrying cannot mend (link closed, already submitted): saving stops. */
  isFinal: (error: unknown) => boolean;
  onFinalError: (error: unknown) => void;
  /** The reason shown for a failed save. */
  describe: (error: unknown) => string;
  now?: () => Date;
  /** Pause after the last change before saving, in ms. */
  debounceMs?: number;
  /** Waits before the 1st, 2nd, ... retry, in ms; the last one repeats. */
  retryMs?: readonly number[];
}

export class DraftAutosaver<T> {
  private pending: { data: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving = false;
  private failures = 0;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly retryMs: readonly number[];
  private readonly now: () => Date;

  constructor(private readonly options: DraftAutosaverOptions<T>) {
    this.debounceMs = options.debounceMs ?? 1500;
    this.retryMs = options.retryMs?.length ? options.retryMs : [2000, 5000, 10_000, 30_000];
    this.now = options.now ?? (() => new Date());
  }

  /** New answers: saved after the pause, replacing any older answers still waiting. */
  change(data: T): void {
    if (this.stopped) return;
    this.pending = { data };
    // During a retry wait a change does not hurry the retry: the newest data goes with it.
    if (this.failures === 0) this.schedule(this.debounceMs);
  }

  /** Saves what is waiting now (a page change, leaving the page). */
  flush(): void {
    if (this.stopped || !this.pending) return;
    this.schedule(0);
  }

  /** True while answers are not yet on the server. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.saving;
  }

  /** Stops saving (the form was submitted or left). */
  stop(): void {
    this.stopped = true;
    this.pending = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delayMs);
  }

  private async run(): Promise<void> {
    // One request at a time: the one in flight schedules the next when it ends.
    if (this.saving || this.stopped || !this.pending) return;
    const { data } = this.pending;
    this.pending = null;
    this.saving = true;
    this.options.onStatus({ kind: 'saving' });
    try {
      await this.options.save(data);
      this.failures = 0;
      this.saving = false;
      if (this.stopped) return;
      if (this.pending) this.schedule(this.debounceMs);
      else this.options.onStatus({ kind: 'saved', at: this.now() });
    } catch (error) {
      this.saving = false;
      if (this.stopped) return;
      if (this.options.isFinal(error)) {
        this.stop();
        this.options.onFinalError(error);
        return;
      }
      // Newer answers typed meanwhile win; otherwise the failed ones are tried again.
      this.pending ??= { data };
      const retryInMs = this.retryMs[Math.min(this.failures, this.retryMs.length - 1)] ?? 2000;
      this.failures += 1;
      this.options.onStatus({ kind: 'failed', reason: this.options.describe(error), retryInMs });
      this.schedule(retryInMs);
    }
  }
}
