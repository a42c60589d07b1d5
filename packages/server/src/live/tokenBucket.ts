// A token bucket: a burst of `capacity` messages, refilled at `perSecond`; the live socket's
// per-connection flood limit.

export class TokenBucket {
  private tokens: number;
  private last: number;

  /** `now` in milliseconds (performance.now by default; tests pass their own clock). */
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes one token: true when the message may pass, false when it must be dropped. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.last) / 1000) * this.perSecond,
    );
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
