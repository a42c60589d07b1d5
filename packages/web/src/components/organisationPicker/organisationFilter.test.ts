// Tests of choosing organisations from the registry: SMEs, filters and the uninvited SMEs.

import { describe, expect, it } from 'vitest';
import {
  distinctValues,
  filterOrganisations,
  isSme,
  NO_FILTER,
  uninvitedSmes,
  type PickableOrganisation,
} from './organisationFilter';

const org = (id: string, extra: Partial<PickableOrganisation> = {}): PickableOrganisation => ({
  id,
  name: id,
  type: 'firm',
  valueChainStage: null,
  district: null,
  employees: 20,
  ...extra,
});

const registry = [
  org('Döküm A.Ş.', { valueChainStage: 'casting', district: 'Torbalı' }),
  org('Işık Makine', { valueChainStage: 'machining', district: 'Kemalpaşa', employees: 300 }),
  org('Ege Üniversitesi', { type: 'university', district: 'Bornova' }),
  org('Usta Tedarik', { type: 'supplier', employees: null, district: 'Torbalı' }),
];

describe('organisation filter', () => {
  it('isSme counts firm types up to 249 employees and unknown head counts', () => {
    expect(registry.map(isSme)).toEqual([true, false, false, true]);
  });

  it('filters by type, stage, district and a Turkish-folded search', () => {
    expect(filterOrganisations(registry, { ...NO_FILTER, district: 'Torbalı' })).toHaveLength(2);
    expect(filterOrganisations(registry, { ...NO_FILTER, type: 'university' })[0]?.id).toBe(
      'Ege Üniversitesi',
    );
    expect(filterOrganisations(registry, { ...NO_FILTER, stage: 'casting' })).toHaveLength(1);
    expect(filterOrganisations(registry, { ...NO_FILTER, search: 'isik' })[0]?.id).toBe(
      'Işık Makine',
    );
    expect(filterOrganisations(registry, NO_FILTER)).toHaveLength(4);
  });

  it('uninvitedSmes leaves out invited organisations and non-SMEs', () => {
    expect(uninvitedSmes(registry, new Set(['Döküm A.Ş.']))).toEqual(['Usta Tedarik']);
  });

  it('distinctValues lists each value once in Turkish order', () => {
    expect(distinctValues(registry, 'district', 'tr')).toEqual(['Bornova', 'Kemalpaşa', 'Torbalı']);
  });
});
