// `kume stats` runs from a bundle of the command line's TypeScript sources, built with esbuild
// (tsx's own compiler) on first use into node_modules/.cache/kume-cli and rebuilt when a source
// changes: starting through tsx's module hooks costs about 0.3 s of CPU, a third of a stats run
// on the 800,000-row CBP file. The database and server packages stay outside the bundle (stats
// never loads them); any failure falls back to the sources through tsx.

import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cliRoot = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = resolve(cliRoot, '../..');
const cacheDir = join(repositoryRoot, 'node_modules/.cache/kume-cli');
const manifestFile = join(cacheDir, 'manifest.json');
/** Package manifests whose `exports` decide what the bundle resolves to. */
const packageFiles = ['cli', 'core', 'io'].map((name) =>
  join(repositoryRoot, `packages/${name}/package.json`),
);

/** The bundled main module when every input is unchanged since it was built, else undefined. */
function cachedEntry() {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    for (const [file, mtime] of Object.entries(manifest.inputs))
      if (statSync(file).mtimeMs !== mtime) return undefined;
    return join(cacheDir, manifest.dir, 'main.mjs');
  } catch {
    return undefined;
  }
}

/** Bare imports stay imports (node_modules), except Kume's own light packages, which are bundled. */
const externalPackages = {
  name: 'kume-external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      /^@kume\/(core|io)(\/|$)/.test(args.path) ? undefined : { path: args.path, external: true },
    );
  },
};

async function buildEntry() {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const dir = `build-${process.pid}-${Date.now()}`;
  const result = await build({
    absWorkingDir: repositoryRoot,
    entryPoints: {
      main: join(cliRoot, 'src/main.ts'),
      // Found by networkPathPool beside its own chunk: network workers start without esbuild.
      networkPathWorker: join(cliRoot, 'src/commands/networkPathWorker.ts'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: join(cacheDir, dir),
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent',
    plugins: [externalPackages],
  });
  const inputs = {};
  for (const input of [...Object.keys(result.metafile.inputs), ...packageFiles]) {
    const file = resolve(repositoryRoot, input);
    inputs[file] = statSync(file).mtimeMs;
  }
  // Written then renamed, so that a concurrent run reads the old manifest or the new one whole.
  const temporary = `${manifestFile}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ dir, inputs }));
  renameSync(temporary, manifestFile);
  for (const old of readdirSync(cacheDir)) {
    if (!old.startsWith('build-') || old === dir) continue;
    const age = Date.now() - statSync(join(cacheDir, old)).mtimeMs;
    if (age > 60_000) rmSync(join(cacheDir, old), { recursive: true, force: true });
  }
  return join(cacheDir, dir, 'main.mjs');
}

/** The command line's `main` from the bundle, or undefined when it cannot be built or loaded. */
export async function bundledMain() {
  try {
    const entry = cachedEntry() ?? (await buildEntry());
    const module = await import(pathToFileURL(entry).href);
    return module.main;
  } catch {
    return undefined;
  }
}
