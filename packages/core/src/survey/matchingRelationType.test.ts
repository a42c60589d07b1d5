// matchingRelationType: the relation the other side reports, which confirms a tie.

import { describe, expect, it } from 'vitest';
import { matchingRelationType, relationTypesMatch } from './matchingRelationType';
import { RELATION_TYPES } from './relationTypes';

describe('matchingRelationType', () => {
  it('pairs supplier and customer both ways', () => {
    expect(matchingRelationType('supplier')).toBe('customer');
    expect(matchingRelationType('customer')).toBe('supplier');
  });

  it('expects a subcontractor to call the firm its customer', () => {
    expect(matchingRelationType('subcontractor')).toBe('customer');
  });

  it('keeps partner types: both sides name the same partnership', () => {
    for (const type of ['rd_partner', 'training_partner', 'export_partner'] as const)
      expect(matchingRelationType(type)).toBe(type);
  });
});

describe('relationTypesMatch', () => {
  it('confirms a subcontractor with a customer whichever side reported first', () => {
    expect(relationTypesMatch('subcontractor', 'customer')).toBe(true);
    expect(relationTypesMatch('customer', 'subcontractor')).toBe(true);
  });

  it('does not confirm two suppliers or two customers, and is symmetric', () => {
    expect(relationTypesMatch('supplier', 'supplier')).toBe(false);
    expect(relationTypesMatch('customer', 'customer')).toBe(false);
    expect(relationTypesMatch('rd_partner', 'export_partner')).toBe(false);
    for (const a of RELATION_TYPES)
      for (const b of RELATION_TYPES)
        expect(relationTypesMatch(a, b)).toBe(relationTypesMatch(b, a));
  });
});
