// drizzle-kit settings: `npm run db:new-migration` writes SQL migrations from the schema.

import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/migrations',
});
