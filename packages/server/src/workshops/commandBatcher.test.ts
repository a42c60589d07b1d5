// The group commit: items arriving during a run go together in the next, in order, at most
// maxBatch at a time, and a failing run rejects its own items only.

import { describe, expect, it } from 'vitest';
import { CommandBatcher } from './commandBatcher';

describe('CommandBatcher', () => {
  it('runs the first item alone and the items that arrived meanwhile together, in order', async () => {
    const runs: number[][] = [];
    const batcher = new CommandBatcher<number, string>(async (items) => {
      runs.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((item) => `r${item}`);
    }, 3);
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((item) => batcher.submit(item)));
    expect(results).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(runs).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('rejects the items of a failing run and goes on with the next', async () => {
    const batcher = new CommandBatcher<number, number>(async (items) => {
      if (items.includes(1)) throw new Error('database down');
      return items;
    }, 10);
    const first = batcher.submit(1);
    const second = batcher.submit(2);
    await expect(first).rejects.toThrow('database down');
    await expect(second).resolves.toBe(2);
  });
});
