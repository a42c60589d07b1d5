#!/usr/bin/env node
// The `kume` command. Kume's packages run from their TypeScript sources (no build step), so the
// command loads tsx's ESM hooks first; `kume stats` and `kume network` start faster from a cached
// bundle of the same sources (statsBundle.mjs) and fall back to tsx when the bundle cannot be had.
let main;
if (process.argv[2] === 'stats' || process.argv[2] === 'network')
  main = await (await import('./statsBundle.mjs')).bundledMain();
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
