// Choosing organisations from the registry (personal links, invitations): filtered by search, type,
// value-chain stage and district, and the SMEs that have no link yet.

import { FIRM_TYPES, matchesSearch } from '@kume/core';

/** The registry fields the picker reads. */
export interface PickableOrganisation {
  id: string;
  name: string;
  type: string;
  valueChainStage: string | null;
  district: string | null;
  employees: number | null;
}

export interface OrganisationFilter {
  search: string;
  type: string | null;
  stage: string | null;
  district: string | null;
}

export const NO_FILTER: OrganisationFilter = {
  search: '',
  type: null,
  stage: null,
  district: null,
};

/** The EU SME ceiling the quota uses: fewer than 250 employees. */
const SME_MAX_EMPLOYEES = 249;

/**
 * An SME as the quota counts one: a firm type with at most 249 employees, or with its head count
 * not recorded (it may well be small; the quota counts it the same way).
 */
export function isSme(organisation: PickableOrganisation): boolean {
  return (
    FIRM_TYPES.some((type) => type === organisation.type) &&
    (organisation.employees == null || organisation.employees <= SME_MAX_EMPLOYEES)
  );
}

/** The organisations matching every set part of the filter (search folds Turkish letters). */
export function filterOrganisations<T extends PickableOrganisation>(
  organisations: readonly T[],
  filter: OrganisationFilter,
): T[] {
  return organisations.filter(
    (organisation) =>
      (!filter.type || organisation.type === filter.type) &&
      (!filter.stage || organisation.valueChainStage === filter.stage) &&
      (!filter.district || organisation.district === filter.district) &&
      matchesSearch(filter.search, [organisation.name, organisation.district]),
  );
}

/** The ids of the SMEs among `organisations` that have no personal link yet. */
export function uninvitedSmes(
  organisations: readonly PickableOrganisation[],
  invited: ReadonlySet<string>,
): string[] {
  return organisations
    .filter((organisation) => isSme(organisation) && !invited.has(organisation.id))
    .map((organisation) => organisation.id);
}

/** The distinct non-empty values of a field, sorted for a filter's choices. */
export function distinctValues(
  organisations: readonly PickableOrganisation[],
  field: 'valueChainStage' | 'district',
  language: string,
): string[] {
  const values = new Set<string>();
  for (const organisation of organisations) {
    const value = organisation[field];
    if (value) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b, language === 'tr' ? 'tr' : 'en'));
}
