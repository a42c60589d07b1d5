// Which relation the other side reports for the same tie: a relation reported by both sides is
// confirmed on the cluster map.

import type { RelationType } from './relationTypes';

/**
 * The type B reports for A when A reports B as `type`. If A says B is its supplier, B calls A its
 * customer, and the other way round. If A says B is its subcontractor, B makes parts or does work
 * for A, so B calls A its customer; B has no word "contractor" in the questionnaire. Partner
 * types are mutual: an R&D, training or export partner names A the same way.
 */
export function matchingRelationType(type: RelationType): RelationType {
  switch (type) {
    case 'supplier':
      return 'customer';
    case 'customer':
      return 'supplier';
    case 'subcontractor':
      return 'customer';
    case 'rd_partner':
    case 'training_partner':
    case 'export_partner':
      return type;
  }
}

/**
 * Whether A's report of B (`typeFromA`) and B's report of A (`typeFromB`) describe the same tie,
 * which confirms both. Symmetric, unlike matchingRelationType: B's "customer" matches A's
 * "supplier" and also A's "subcontractor" (a subcontractor is a kind of supplier).
 */
export function relationTypesMatch(typeFromA: RelationType, typeFromB: RelationType): boolean {
  return (
    matchingRelationType(typeFromA) === typeFromB || matchingRelationType(typeFromB) === typeFromA
  );
}
