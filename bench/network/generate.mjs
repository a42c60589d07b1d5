// Generates planted-partition graphs for `npm run bench:network`: n nodes in communities of about
// equal size, m distinct undirected edges, each inside its community with probability pIn, else
// between two random nodes. Seeded (mulberry32), written as a CSV edge list `source,target`.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator of floats in [0, 1). */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `dir/sbm-<n>-<m>.csv` unless it is there already (same arguments, same file). Node ids
 * are `v0`..`v<n-1>`, shuffled within the file so that id order says nothing of communities.
 */
export function generateGraph({ nodes, edges, communities, pIn = 0.8, seed = 20240601, dir }) {
  const file = join(dir, `sbm-${nodes}-${edges}.csv`);
  if (existsSync(file)) return { file, reused: true };
  const random = mulberry32(seed ^ nodes ^ edges);
  const size = Math.ceil(nodes / communities);
  const pick = (n) => Math.floor(random() * n);
  const seen = new Set();
  const lines = ['source,target'];
  while (seen.size < edges) {
    const u = pick(nodes);
    let v;
    if (random() < pIn) {
      const start = Math.floor(u / size) * size;
      v = start + pick(Math.min(size, nodes - start));
    } else v = pick(nodes);
    if (u === v) continue;
    const key = u < v ? u * nodes + v : v * nodes + u;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`v${u},v${v}`);
  }
  // Shuffle the rows (Fisher-Yates), so the first-appearance order of ids is random too.
  for (let i = lines.length - 1; i > 1; i -= 1) {
    const j = 1 + pick(i);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, reused: false };
}
