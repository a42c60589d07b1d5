// Organisations with what stage 1 knows about each: current commitment, visits and contacts.
// Shared by the registry list, its export and the power-interest grid.

import {
  currentCommitments,
  listContacts,
  listOrganisations,
  visitLinks,
  type Db,
  type OrganisationRow,
} from '@kume/db';

export interface OrganisationSummary extends OrganisationRow {
  contactCount: number;
  visitCount: number;
  lastVisitedOn: string | null;
  willingness: number | null;
  influence: number | null;
  resourcesPledged: string | null;
  assessedOn: string | null;
}

export async function organisationSummaries(
  db: Db,
  projectId: string,
): Promise<OrganisationSummary[]> {
  const [organisations, contacts, links, commitments] = await Promise.all([
    listOrganisations(db, projectId),
    listContacts(db, projectId),
    visitLinks(db, projectId),
    currentCommitments(db, projectId),
  ]);
  const contactCount = new Map<string, number>();
  for (const contact of contacts)
    contactCount.set(contact.organisationId, (contactCount.get(contact.organisationId) ?? 0) + 1);
  const visitsOf = new Map<string, { count: number; last: string }>();
  for (const link of links.organisations) {
    const current = visitsOf.get(link.organisationId);
    visitsOf.set(link.organisationId, {
      count: (current?.count ?? 0) + 1,
      last: current && current.last > link.visitedOn ? current.last : link.visitedOn,
    });
  }
  return organisations.map((organisation) => {
    const commitment = commitments.get(organisation.id);
    const visits = visitsOf.get(organisation.id);
    return {
      ...organisation,
      contactCount: contactCount.get(organisation.id) ?? 0,
      visitCount: visits?.count ?? 0,
      lastVisitedOn: visits?.last ?? null,
      willingness: commitment?.willingness ?? null,
      influence: commitment?.influence ?? null,
      resourcesPledged: commitment?.resourcesPledged || null,
      assessedOn: commitment?.assessedOn ?? null,
    };
  });
}
