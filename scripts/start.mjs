// `npm start`: build the web app if needed, then `kume serve` (PORT, DATA_DIR, DATABASE_URL apply).

import { ensureWebBuilt } from './ensureWebBuilt.mjs';

ensureWebBuilt();
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../packages/cli/src/main.ts');
process.exitCode = await main(['serve', ...process.argv.slice(2)]);
