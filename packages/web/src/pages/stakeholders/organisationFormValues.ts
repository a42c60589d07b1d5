// The organisation form's values as the inputs hold them (text), and their conversion to and
// from the API's shapes.

import type { OrganisationType } from '@kume/core';
import type { OrganisationView } from '@kume/server';

export interface OrganisationFormValues {
  name: string;
  type: OrganisationType | null;
  industryCode: string;
  valueChainStage: string;
  employees: string;
  district: string;
  city: string;
  address: string;
  website: string;
  latitude: string;
  longitude: string;
  notes: string;
}

export interface ContactFormValues {
  name: string;
  role: string;
  email: string;
  phone: string;
  consentToContact: boolean;
}

export const emptyOrganisation: OrganisationFormValues = {
  name: '',
  type: null,
  industryCode: '',
  valueChainStage: '',
  employees: '',
  district: '',
  city: '',
  address: '',
  website: '',
  latitude: '',
  longitude: '',
  notes: '',
};

export const emptyContact: ContactFormValues = {
  name: '',
  role: '',
  email: '',
  phone: '',
  consentToContact: false,
};

const text = (value: string | null) => value ?? '';
const numberText = (value: number | null) => (value === null ? '' : String(value));

export function organisationValues(organisation: OrganisationView): OrganisationFormValues {
  return {
    name: organisation.name,
    type: organisation.type,
    industryCode: text(organisation.industryCode),
    valueChainStage: text(organisation.valueChainStage),
    employees: numberText(organisation.employees),
    district: text(organisation.district),
    city: text(organisation.city),
    address: text(organisation.address),
    website: text(organisation.website),
    latitude: numberText(organisation.latitude),
    longitude: numberText(organisation.longitude),
    notes: text(organisation.notes),
  };
}

/**
 * A number typed in an input: empty is null; a decimal comma is accepted (38,42). Anything
 * else becomes NaN, which the schema reports as "not a number".
 */
export function parseNumberInput(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^[-+]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** What `organisationInputSchema` is asked to parse. */
export function organisationInput(values: OrganisationFormValues) {
  return {
    ...values,
    type: values.type ?? undefined,
    employees: parseNumberInput(values.employees),
    latitude: parseNumberInput(values.latitude),
    longitude: parseNumberInput(values.longitude),
  };
}

/** A contact counts as entered when any of its text fields is filled in. */
export function contactEntered(values: ContactFormValues): boolean {
  return [values.name, values.role, values.email, values.phone].some((v) => v.trim() !== '');
}
