// What a user may enter for an organisation and its contacts: the one validation used by the
// API, the import and the forms in the browser.

import { z } from 'zod';
import { ORGANISATION_TYPES } from './organisationTypes';

/** NACE Rev.2 (section letter, "C", "C24", "24.51", "C24.51") or NAICS (2 to 6 digits). */
export const industryCodePattern =
  /^(?:[A-U](?:\d{2}(?:\.\d{1,2}){0,2})?|\d{2}(?:\.\d{1,2}){1,2}|\d{2,6})$/;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `at most ${max} characters` })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** Only http and https links are kept: a website is shown as a link, and javascript: URLs must never be. */
export const websiteSchema = z
  .string()
  .trim()
  .max(300)
  .transform((value, ctx) => {
    if (value === '') return null;
    // "www.x.com:8080" has a port, not a scheme: a scheme's colon is not followed by a digit.
    const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(value) ? value : `https://${value}`;
    try {
      const url = new URL(withScheme);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'not a web address (http or https)' });
    return z.NEVER;
  })
  .nullable()
  .optional();

export const organisationInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(200, { message: 'at most 200 characters' }),
  type: z.enum(ORGANISATION_TYPES),
  industryCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === '' || industryCodePattern.test(value), {
      message: 'not a NACE (C24.51) or NAICS (331511) code',
    })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional(),
  valueChainStage: optionalText(100),
  employees: z
    .number()
    .int({ message: 'a whole number' })
    .min(0)
    .max(2_000_000)
    .nullable()
    .optional(),
  district: optionalText(100),
  city: optionalText(100),
  address: optionalText(300),
  website: websiteSchema,
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  notes: optionalText(5000),
});

export type OrganisationInput = z.output<typeof organisationInputSchema>;
export const organisationPatchSchema = organisationInputSchema.partial();
export type OrganisationPatch = z.output<typeof organisationPatchSchema>;

export const contactInputSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  role: optionalText(100),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      message: 'not an email address',
    })
    .transform((value) => (value === '' ? null : value.toLowerCase()))
    .nullable()
    .optional(),
  phone: z
    .string()
    .trim()
    .refine((value) => value === '' || /^[+0-9 ()\-./]{5,30}$/.test(value), {
      message: 'not a phone number',
    })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional(),
  consentToContact: z.boolean().default(false),
});

export type ContactInput = z.output<typeof contactInputSchema>;
/** consentToContact loses its default: zod 4 would apply it under `.partial()` and withdraw consent. */
export const contactPatchSchema = contactInputSchema
  .extend({ consentToContact: z.boolean() })
  .partial();
