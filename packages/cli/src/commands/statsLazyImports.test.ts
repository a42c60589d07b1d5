// `kume stats` must not load the server, the database, Fastify, PGlite, the XLSX library or core's
// index (zod): main.ts, the stats actions and everything they import statically reach none of
// them; heavy modules are loaded with import() inside the actions that need them.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../../..', import.meta.url));

/** The file a specifier names: relative paths, and @kume/* packages by their exports. */
function resolveImport(from: string, specifier: string): string | undefined {
  const candidates = (base: string) => [base, `${base}.ts`, join(base, 'index.ts')];
  if (specifier.startsWith('.'))
    return candidates(resolve(dirname(from), specifier)).find(
      (file) => existsSync(file) && file.endsWith('.ts'),
    );
  const kume = /^@kume\/([^/]+)(?:\/(.*))?$/.exec(specifier);
  if (!kume) return undefined; // a package from node_modules: named in the graph, not followed
  const root = join(packages, kume[1]!, 'src');
  return candidates(kume[2] ? join(root, kume[2]) : root).find(
    (file) => existsSync(file) && file.endsWith('.ts'),
  );
}

/** Every module main.ts loads before a command runs: static imports, not `import type`, not import(). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /^(?:import|export)\s+(?!type\s)(?:[^'"]*?from\s+)?'([^']+)'/gm,
    )) {
      const specifier = match[1]!;
      const target = resolveImport(file, specifier);
      if (target) visit(target);
      else seen.add(specifier);
    }
  };
  visit(entry);
  return seen;
}

describe('kume stats modules', () => {
  // main.ts, then what each stats action loads when it runs (its own static imports).
  const entries = [
    'main.ts',
    ...['Clusters', 'ShiftShare', 'Related', 'Derive'].map((c) => `commands/stats${c}.ts`),
  ];
  const graph = [
    ...new Set(entries.flatMap((entry) => [...staticGraph(join(packages, 'cli/src', entry))])),
  ];

  it('load no server, database, Fastify, PGlite or XLSX code, nor the core index', () => {
    const heavy = graph.filter((module) =>
      /@kume\/(server|db)|packages\/(server|db)\/|fastify|pglite|exceljs|^zod$/.test(module),
    );
    expect(heavy).toEqual([]);
    expect(graph).not.toContain(join(packages, 'core/src/index.ts'));
  });

  it('reach the readers and the engine, so the check above covers them', () => {
    expect(graph).toContain(join(packages, 'cli/src/commands/statsCommand.ts'));
    expect(graph).toContain(join(packages, 'io/src/statistics/readStatisticsCsv.ts'));
    expect(graph).toContain(join(packages, 'core/src/stats/clusterMetrics.ts'));
    expect(graph).toContain('commander');
  });
});
