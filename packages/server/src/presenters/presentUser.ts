// The user as the API shows it: never the password hash.

import type { UserRow } from '@kume/db';
import { z } from 'zod';

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(['tr', 'en']).nullable(),
  isAdmin: z.boolean(),
});

export function presentUser(user: UserRow): z.output<typeof userSchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale === 'tr' || user.locale === 'en' ? user.locale : null,
    isAdmin: user.isAdmin,
  };
}

export const sessionSchema = z.object({ user: userSchema, csrfToken: z.string() });
