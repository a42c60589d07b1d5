// Organisations and contacts as the API shows them.

import { z } from 'zod';
import { ORGANISATION_TYPES } from '@kume/core';
import type { ContactRow, OrganisationRow } from '@kume/db';
import type { OrganisationSummary } from '../stakeholders/organisationSummaries';

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  industryCode: z.string().nullable(),
  valueChainStage: z.string().nullable(),
  employees: z.number().nullable(),
  district: z.string().nullable(),
  city: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  notes: z.string().nullable(),
  /** Added by a field study answer that named an unknown organisation: to be checked. */
  needsReview: z.boolean(),
  /** Where the record came from when not typed in: '' or 'field_study'. */
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const organisationSummarySchema = organisationSchema.extend({
  contactCount: z.number(),
  visitCount: z.number(),
  lastVisitedOn: z.string().nullable(),
  willingness: z.number().nullable(),
  influence: z.number().nullable(),
});

export const contactSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  consentToContact: z.boolean(),
});

export function presentOrganisation(row: OrganisationRow): z.output<typeof organisationSchema> {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    industryCode: row.industryCode,
    valueChainStage: row.valueChainStage,
    employees: row.employees,
    district: row.district,
    city: row.city,
    address: row.address,
    website: row.website,
    latitude: row.latitude,
    longitude: row.longitude,
    notes: row.notes,
    needsReview: row.needsReview,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentOrganisationSummary(
  row: OrganisationSummary,
): z.output<typeof organisationSummarySchema> {
  return {
    ...presentOrganisation(row),
    contactCount: row.contactCount,
    visitCount: row.visitCount,
    lastVisitedOn: row.lastVisitedOn,
    willingness: row.willingness,
    influence: row.influence,
  };
}

export function presentContact(row: ContactRow): z.output<typeof contactSchema> {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    consentToContact: row.consentToContact,
  };
}
