// Planted blocks: a relatedness measure whose clusters are known, for tests of the clustering
// methods and of the grid (every method should find the blocks).

import { mulberry32 } from '../../random/mulberry32';
import { pairPercentiles } from './pairPercentiles';
import { type RelatednessMeasure } from './relatednessMeasure';

/**
 * `blocks` groups of `size` industries ("b0i0", ...): pairs inside a block are related 0.8 +-
 * 0.1, across blocks 0.2 +- 0.1 (seeded noise), so every method should find the blocks.
 */
export function plantedBlocks(
  blocks: number,
  size: number,
  seed = 3,
): {
  measure: RelatednessMeasure;
  truth: Int32Array;
} {
  const n = blocks * size;
  const random = mulberry32(seed);
  const values = new Float64Array(n * n);
  const truth = Int32Array.from({ length: n }, (_, i) => Math.floor(i / size));
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const base = truth[i] === truth[j] ? 0.8 : 0.2;
      const value = base + (random() - 0.5) * 0.2;
      values[i * n + j] = value;
      values[j * n + i] = value;
    }
  }
  const industries = Array.from({ length: n }, (_, i) => `b${truth[i]}i${i % size}`);
  return {
    measure: { name: 'planted', industries, values, percentiles: pairPercentiles(values, n) },
    truth,
  };
}
