// What people type to get and keep an account: the rules shared by the server (which checks
// them) and the web app (which shows them inline while typing).

import { z } from 'zod';
import { LANGUAGES } from '../project/projectInput';

/** At least 10 characters: long enough to resist guessing without forcing odd rules. */
export const PASSWORD_MIN_LENGTH = 10;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(200, { message: 'at most 200 characters' });

/** Trimmed and lower-cased, so "Ayse@Ajans.gov.tr " and "ayse@ajans.gov.tr" are one account. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'not an email address' }).max(254));

export const personNameSchema = z.string().trim().min(1, { message: 'required' }).max(200);
export const localeSchema = z.enum(LANGUAGES);

/** Signing in checks only that both are there: the server answers for the rest. */
export const signInInputSchema = z.object({
  email: z.string().trim().min(1, { message: 'required' }).max(254),
  password: z.string().min(1, { message: 'required' }).max(200),
});

/** A new account: the first administrator at setup, or someone accepting an invitation. */
export const accountInputSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const passwordChangeInputSchema = z.object({
  currentPassword: z.string().min(1, { message: 'required' }).max(200),
  newPassword: passwordSchema,
});
