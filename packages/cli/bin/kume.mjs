#!/usr/bin/env node
// The `kume` command. Kume's packages run from their TypeScript sources (no build step), so the
// command loads tsx's ESM hooks first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
