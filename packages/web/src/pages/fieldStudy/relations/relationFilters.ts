// The relations page's filtering and figures: which relations a filter keeps, how many
// organisations they join, and which organisations wait for review (added from answers).

import type { RelationType } from '@kume/core';
import type { RelationView } from '../types';

export interface RelationFilter {
  type: RelationType | null;
  /** true: confirmed only; false: unconfirmed only; null: both. */
  confirmed: boolean | null;
  /** Only relations with an end that waits for review. */
  needsReview: boolean;
}

export function filterRelations(
  relations: readonly RelationView[],
  { type, confirmed, needsReview }: RelationFilter,
): RelationView[] {
  return relations.filter(
    (relation) =>
      (type === null || relation.relationType === type) &&
      (confirmed === null || relation.confirmed === confirmed) &&
      (!needsReview || relation.source.needsReview || relation.target.needsReview),
  );
}

/** "N relations among M organisations, K confirmed". */
export function relationSummary(relations: readonly RelationView[]) {
  const organisations = new Set(relations.flatMap((r) => [r.source.id, r.target.id]));
  return {
    relations: relations.length,
    organisations: organisations.size,
    confirmed: relations.filter((r) => r.confirmed).length,
  };
}

export interface ReviewItem {
  id: string;
  name: string;
  /** Who named it: the reporting organisations, once each. */
  namedBy: string[];
  relationCount: number;
}

/** Organisations at either end of a relation that wait for review, by name. */
export function organisationsToReview(
  relations: readonly RelationView[],
  compare: (a: string, b: string) => number,
): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  for (const relation of relations) {
    for (const end of [relation.source, relation.target]) {
      if (!end.needsReview) continue;
      const item = items.get(end.id) ?? {
        id: end.id,
        name: end.name,
        namedBy: [],
        relationCount: 0,
      };
      item.relationCount += 1;
      const reporter = relation.reportedBy?.name;
      if (reporter && reporter !== end.name && !item.namedBy.includes(reporter))
        item.namedBy.push(reporter);
      items.set(end.id, item);
    }
  }
  return [...items.values()].sort((a, b) => compare(a.name, b.name));
}
