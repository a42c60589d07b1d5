// The statistics cache: least recently used values leave first when the byte budget is full,
// invalidation by tag, and one computation for concurrent requests of a key.

import { describe, expect, it } from 'vitest';
import { StatisticsCache, typedArrayBytes } from './statisticsCache';

const array = (bytes: number) => new Uint8Array(bytes);

describe('StatisticsCache', () => {
  it('keeps values within the budget, dropping the least recently used first', async () => {
    const cache = new StatisticsCache<Uint8Array>(100, typedArrayBytes);
    await cache.get('a', [], () => array(40));
    await cache.get('b', [], () => array(40));
    await cache.get('a', [], () => array(1)); // a is now the most recent
    await cache.get('c', [], () => array(40));
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(cache.bytes).toBe(80);
  });

  it('answers a value larger than the budget without keeping it', async () => {
    const cache = new StatisticsCache<Uint8Array>(100, typedArrayBytes);
    expect((await cache.get('big', [], () => array(101))).length).toBe(101);
    expect(cache.has('big')).toBe(false);
  });

  it('drops the values of a tag, and recomputes them next time', async () => {
    const cache = new StatisticsCache<Uint8Array>(1000, typedArrayBytes);
    let computed = 0;
    const compute = () => {
      computed += 1;
      return array(10);
    };
    await cache.get('m1', ['dataset:1', 'definition:7'], compute);
    await cache.get('m2', ['dataset:2', 'definition:7'], compute);
    await cache.get('m1', ['dataset:1', 'definition:7'], compute);
    expect(computed).toBe(2);
    cache.invalidate('dataset:1');
    expect([cache.has('m1'), cache.has('m2')]).toEqual([false, true]);
    await cache.get('m1', ['dataset:1', 'definition:7'], compute);
    expect(computed).toBe(3);
    cache.invalidate('definition:7');
    expect(cache.bytes).toBe(0);
  });

  it('shares one computation between concurrent requests, and keeps no failure', async () => {
    const cache = new StatisticsCache<Uint8Array>(1000, typedArrayBytes);
    let computed = 0;
    const slow = async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return array(10);
    };
    const [a, b] = await Promise.all([cache.get('k', [], slow), cache.get('k', [], slow)]);
    expect(a).toBe(b);
    expect(computed).toBe(1);
    await expect(
      cache.get('bad', [], () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(cache.has('bad')).toBe(false);
  });
});

describe('typedArrayBytes', () => {
  it('adds the typed arrays of nested objects and arrays, each once', () => {
    const shared = new Float64Array(4);
    expect(typedArrayBytes({ a: shared, b: [shared, new Int32Array(2)], c: { d: 'text' } })).toBe(
      40,
    );
  });
});
