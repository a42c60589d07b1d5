// First run: while no user exists, a one-time setup link lets the first person create the
// administrator account. Only the token's hash is stored.

import { countUsers, replaceSetupToken, type Db } from '@kume/db';
import { hashToken, newToken } from './tokens';

/** A fresh setup token when the installation has no users yet, else null. */
export async function ensureSetupToken(db: Db): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  const token = newToken();
  await replaceSetupToken(db, hashToken(token));
  return token;
}
