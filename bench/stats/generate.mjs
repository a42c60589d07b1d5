// Writes a synthetic county-level statistics table in the Census CBP county layout, and a cluster
// definition for it, for the scale run of `npm run bench:stats`. Deterministic (fixed seed).
//
// Usage: node bench/stats/generate.mjs [--regions 3100] [--industries 1000] [--years 10]
//                                     [--dir /tmp/kume-bench] [--seed 20240601]
// Writes DIR/county.csv (fipstate, fipscty, naics, year, emp, empflag, est, ap: one row per
// county x industry x year) and DIR/county-definitions.csv (industry, cluster, type). A file
// written with the same parameters before is kept (DIR/county.json records them).

import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Small deterministic generator (mulberry32): floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CBP employment-size flags and the upper bound of each class. */
const FLAG_CLASSES = [
  ['A', 19],
  ['B', 99],
  ['C', 249],
  ['E', 499],
  ['F', 999],
  ['G', 2499],
  ['H', 4999],
  ['I', 9999],
];

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

export function generate({ regions, industries, years, dir, seed }) {
  const parameters = { regions, industries, years, seed, version: 1 };
  const table = join(dir, 'county.csv');
  const definitions = join(dir, 'county-definitions.csv');
  const stamp = join(dir, 'county.json');
  if (
    existsSync(table) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === JSON.stringify(parameters)
  )
    return { table, definitions, rows: regions * industries * years, reused: true };
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed);

  // 50 states of about equal county counts; county sizes and industry sizes vary by orders of magnitude.
  const states = 50;
  const perState = Math.ceil(regions / states);
  const regionCodes = [];
  const regionSize = [];
  for (let r = 0; r < regions; r++) {
    const state = String(1 + Math.floor(r / perState)).padStart(2, '0');
    const county = String(1 + 2 * (r % perState)).padStart(3, '0');
    regionCodes.push(`${state},${county}`);
    regionSize.push(Math.exp(random() * 6));
  }
  const industryCodes = [];
  const industrySize = [];
  const clusters = 60;
  const lines = ['industry,cluster,type'];
  for (let i = 0; i < industries; i++) {
    const code = String(111110 + i * 887).slice(0, 6);
    industryCodes.push(code);
    industrySize.push(Math.exp(random() * 4));
    // Every 50th industry stays outside the definition: reported as uncovered, as in real data.
    if (i % 50 !== 49) {
      const cluster = i % clusters;
      lines.push(
        `${code},C${String(cluster + 1).padStart(2, '0')},${cluster < 45 ? 'traded' : 'local'}`,
      );
    }
  }
  writeFileSync(definitions, `${lines.join('\n')}\n`);

  const fd = openSync(table, 'w');
  let chunk = 'fipstate,fipscty,naics,year,emp,empflag,est,ap\n';
  const firstYear = 2020 - years + 1;
  for (let r = 0; r < regions; r++) {
    for (let i = 0; i < industries; i++) {
      // A specialisation factor per county x industry makes some clusters strong somewhere.
      const base = regionSize[r] * industrySize[i] * (random() < 0.05 ? 8 : 1) * 0.6;
      for (let y = 0; y < years; y++) {
        const emp = Math.floor(base * (0.8 + 0.4 * random()) * (1 + 0.02 * y));
        const est = emp === 0 ? 0 : 1 + Math.floor(emp / (5 + 20 * random()));
        const payroll = Math.floor(emp * (30 + 20 * random()));
        let flag = '';
        if (emp > 0 && random() < 0.2)
          flag = (FLAG_CLASSES.find(([, top]) => emp <= top) ?? ['J'])[0];
        const row = `${regionCodes[r]},${industryCodes[i]},${firstYear + y},${flag ? 0 : emp},${flag},${est},${payroll}\n`;
        chunk += row;
      }
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(stamp, JSON.stringify(parameters));
  return { table, definitions, rows: regions * industries * years, reused: false };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const result = generate({
    regions: Number(option('regions', '3100')),
    industries: Number(option('industries', '1000')),
    years: Number(option('years', '10')),
    dir: option('dir', '/tmp/kume-bench'),
    seed: Number(option('seed', '20240601')),
  });
  const verb = result.reused ? 'Kept' : 'Wrote';
  console.log(
    `${verb} ${result.table} (${result.rows.toLocaleString('en-US')} rows) and ${result.definitions} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
