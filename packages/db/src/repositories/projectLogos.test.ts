// Repository contract for the project's logo: stored, replaced by the next, read with and without
// its bytes, removed. Runs on PGlite and PostgreSQL.

import { projectInputSchema } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { createProject } from './projects';
import {
  deleteProjectLogo,
  findProjectLogo,
  findProjectLogoInfo,
  setProjectLogo,
} from './projectLogos';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const now = new Date('2026-11-26T10:00:00Z');

describe('project logos repository', () => {
  it('stores a logo, replaces it with the next, and removes it', async () => {
    const { id } = await createProject(db, projectInputSchema.parse({ name: 'Logo' }), null);
    expect(await findProjectLogo(db, id)).toBeUndefined();
    await setProjectLogo(
      db,
      id,
      { mediaType: 'image/png', base64: 'AAEC', width: 4, height: 2 },
      now,
    );
    expect(await findProjectLogo(db, id)).toMatchObject({ mediaType: 'image/png', base64: 'AAEC' });
    const info = await setProjectLogo(
      db,
      id,
      { mediaType: 'image/jpeg', base64: '/9j/', width: 10, height: 20 },
      now,
    );
    expect(info).toEqual({ mediaType: 'image/jpeg', width: 10, height: 20 });
    expect(await findProjectLogoInfo(db, id)).toEqual(info);
    expect((await findProjectLogo(db, id))?.base64).toBe('/9j/');
    expect(await deleteProjectLogo(db, id)).toBe(true);
    expect(await deleteProjectLogo(db, id)).toBe(false);
    expect(await findProjectLogoInfo(db, id)).toBeUndefined();
  });
});
