// The rules for what people type to get an account.

import { z } from 'zod';

export const passwordSchema = z
  .string()
  .min(10, { message: 'at least 10 characters' })
  .max(200, { message: 'at most 200 characters' });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'not an email address' }).max(254));

export const personNameSchema = z.string().trim().min(1, { message: 'required' }).max(200);
export const localeSchema = z.enum(['tr', 'en']);
