// One scan, one request: the camera reads the same QR code several times a second while a guest
// holds it up, so a text is let through once and then only after it has been out of sight.

/**
 * A gate for scanned texts. `pass(text, now)` is true for a text not seen in the last `quietMs`
 * milliseconds; every sighting of the same text restarts its quiet time, so a code held up for
 * ten seconds is one request. A different text passes at once (the next guest in the queue).
 */
export function createScanGate(quietMs: number) {
  let last: { text: string; at: number } | null = null;
  return {
    pass(text: string, now: number): boolean {
      const repeated = last !== null && last.text === text && now - last.at < quietMs;
      last = { text, at: now };
      return !repeated;
    },
    /** Forgets the last text: the same code may be sent again at once (a retry after an error). */
    reset() {
      last = null;
    },
  };
}

export type ScanGate = ReturnType<typeof createScanGate>;
