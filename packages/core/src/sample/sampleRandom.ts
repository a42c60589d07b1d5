// Random choices for the sample generator, all drawn from one seeded rng so the sample repeats.

export interface SampleRandom {
  pick: <T>(items: readonly T[]) => T;
  /** A whole number from low to high, both included. */
  between: (low: number, high: number) => number;
  chance: (probability: number) => boolean;
  /** `count` different items in random order (all of them when there are fewer). */
  some: <T>(items: readonly T[], count: number) => T[];
}

export function sampleRandom(rng: () => number): SampleRandom {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(rng() * (high - low + 1));
  const some = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    // Fisher-Yates, stopped after `count` draws.
    for (let i = 0; i < Math.min(count, pool.length); i += 1) {
      const j = i + Math.floor(rng() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, count);
  };
  return { pick, between, chance: (p) => rng() < p, some };
}
