// Tests of the relations page's filters, summary and review list.

import { describe, expect, it } from 'vitest';
import type { RelationView } from '../types';
import { filterRelations, organisationsToReview, relationSummary } from './relationFilters';

function relation(
  id: string,
  source: [string, boolean],
  target: [string, boolean],
  extra: Partial<RelationView> = {},
): RelationView {
  return {
    id,
    source: { id: source[0], name: source[0].toUpperCase(), needsReview: source[1] },
    target: { id: target[0], name: target[0].toUpperCase(), needsReview: target[1] },
    relationType: 'supplier',
    sharePercent: null,
    frequency: null,
    location: null,
    confirmed: false,
    reportedBy: { id: source[0], name: source[0].toUpperCase() },
    responseId: null,
    questionnaireId: null,
    questionId: null,
    sourceFile: null,
    reportedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  };
}

const relations = [
  relation('r1', ['a', false], ['b', false], { confirmed: true }),
  relation('r2', ['b', false], ['a', false], { relationType: 'customer', confirmed: true }),
  relation('r3', ['a', false], ['new', true]),
  relation('r4', ['c', false], ['new', true], { relationType: 'subcontractor' }),
];

describe('filterRelations', () => {
  it('keeps only the type asked for', () => {
    const kept = filterRelations(relations, {
      type: 'customer',
      confirmed: null,
      needsReview: false,
    });
    expect(kept.map((r) => r.id)).toEqual(['r2']);
  });

  it('keeps confirmed or unconfirmed relations', () => {
    const none = { type: null, needsReview: false };
    expect(filterRelations(relations, { ...none, confirmed: true }).map((r) => r.id)).toEqual([
      'r1',
      'r2',
    ]);
    expect(filterRelations(relations, { ...none, confirmed: false }).map((r) => r.id)).toEqual([
      'r3',
      'r4',
    ]);
  });

  it('keeps relations with an end waiting for review', () => {
    const kept = filterRelations(relations, { type: null, confirmed: null, needsReview: true });
    expect(kept.map((r) => r.id)).toEqual(['r3', 'r4']);
  });
});

describe('relationSummary', () => {
  it('counts relations, distinct organisations and confirmed relations', () => {
    expect(relationSummary(relations)).toEqual({ relations: 4, organisations: 4, confirmed: 2 });
    expect(relationSummary([])).toEqual({ relations: 0, organisations: 0, confirmed: 0 });
  });
});

describe('organisationsToReview', () => {
  it('lists each flagged organisation once with who named it', () => {
    const items = organisationsToReview(relations, (a, b) => a.localeCompare(b));
    expect(items).toEqual([{ id: 'new', name: 'NEW', namedBy: ['A', 'C'], relationCount: 2 }]);
  });
});
