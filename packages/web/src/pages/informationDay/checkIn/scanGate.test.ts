// The scan gate lets one request through per code held up, and the next guest's code at once.

import { describe, expect, it } from 'vitest';
import { createScanGate } from './scanGate';

describe('createScanGate', () => {
  it('lets a code through once while it stays in view, however long', () => {
    const gate = createScanGate(3_000);
    // The camera reads the code every 200 ms for ten seconds.
    const passed = Array.from({ length: 50 }, (_, i) => gate.pass('T1', i * 200));
    expect(passed.filter(Boolean)).toHaveLength(1);
    expect(passed[0]).toBe(true);
  });

  it('lets the same code through again once it has been out of view for the quiet time', () => {
    const gate = createScanGate(3_000);
    expect(gate.pass('T1', 0)).toBe(true);
    expect(gate.pass('T1', 2_999)).toBe(false);
    expect(gate.pass('T1', 6_000)).toBe(true);
  });

  it("lets the next guest's code through at once, and the first again after it", () => {
    const gate = createScanGate(3_000);
    expect(gate.pass('T1', 0)).toBe(true);
    expect(gate.pass('T2', 100)).toBe(true);
    expect(gate.pass('T1', 200)).toBe(true);
  });

  it('forgets the last code on reset, so a failed request can be tried again', () => {
    const gate = createScanGate(3_000);
    expect(gate.pass('T1', 0)).toBe(true);
    gate.reset();
    expect(gate.pass('T1', 10)).toBe(true);
  });
});
