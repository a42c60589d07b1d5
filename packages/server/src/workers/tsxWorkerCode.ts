// The start-up code of a worker thread that runs one of Kume's TypeScript modules: Kume runs from
// its sources, so the worker loads tsx's hooks before the module.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * CommonJS code to evaluate in a Worker (`eval: true`): registers tsx's ESM hooks, then imports
 * `worker`; undefined when tsx cannot be found (callers then run the work in-process).
 */
export function tsxWorkerCode(worker: URL): string | undefined {
  let api: string;
  try {
    // The package's "require" entry is index.cjs; the ESM one beside it registers the ESM hooks.
    api = createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs');
  } catch {
    return undefined;
  }
  return `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`;
}
