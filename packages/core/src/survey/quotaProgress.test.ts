// The field study's quota: which organisations count as SMEs, the proportional targets per segment
// value and the gaps in words.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type QuotaOrganisation, quotaProgress, SME_TYPES, sizeClass } from './quotaProgress';

let nextId = 0;
function firm(overrides: Partial<QuotaOrganisation> = {}): QuotaOrganisation {
  nextId += 1;
  return {
    id: `o${nextId}`,
    type: 'firm',
    employees: 20,
    valueChainStage: 'Döküm',
    district: 'Torbalı',
    ...overrides,
  };
}

describe('sizeClass', () => {
  it('puts 0-9 employees in micro, 10-49 in small, 50 and more in medium, and no count in unknown', () => {
    expect([0, 9, 10, 49, 50, 249].map(sizeClass)).toEqual([
      'micro',
      'micro',
      'small',
      'small',
      'medium',
      'medium',
    ]);
    expect(sizeClass(null)).toBe('unknown');
    expect(sizeClass(Number.NaN)).toBe('unknown');
    expect(sizeClass(-1)).toBe('unknown');
  });
});

describe('quotaProgress', () => {
  it('counts as SMEs the business types with at most 249 employees or no head count', () => {
    expect(SME_TYPES).toEqual(['firm', 'supplier', 'service_provider']);
    const organisations = [
      firm({ id: 'a', employees: 249 }),
      firm({ id: 'b', type: 'supplier', employees: null }),
      firm({ id: 'c', type: 'service_provider', employees: 3 }),
      firm({ id: 'big', employees: 250 }),
      firm({ id: 'uni', type: 'university', employees: 10 }),
      firm({ id: 'chamber', type: 'chamber', employees: null }),
    ];
    const progress = quotaProgress({
      organisations,
      reached: new Set(['a', 'b', 'big', 'uni', 'chamber', 'not-in-registry']),
    });
    expect(progress.smesInRegistry).toBe(3);
    expect(progress.reached).toBe(2);
    expect(progress.target).toBe(30);
    expect(progress.remaining).toBe(28);
    expect(progress.bySegment.size.map((row) => row.value)).toEqual(['micro', 'medium', 'unknown']);
  });

  it('takes the SME ceiling and the target as options', () => {
    const organisations = [firm({ id: 'a', employees: 60 }), firm({ id: 'b', employees: 5 })];
    const progress = quotaProgress({
      organisations,
      reached: new Set(['a', 'b']),
      target: 1,
      smeMaxEmployees: 49,
    });
    expect(progress).toMatchObject({ target: 1, reached: 1, remaining: 0, smesInRegistry: 1 });
  });

  it('splits the target over values in proportion to the registry by largest remainder', () => {
    // 10 SMEs: 5 casting, 3 machining, 2 coating. Target 4: quotas 2, 1.2, 0.8 -> floors 2, 1, 0;
    // the seat left goes to the largest remainder (coating, 0.8).
    const organisations = [
      ...Array.from({ length: 5 }, () => firm({ valueChainStage: 'Döküm' })),
      ...Array.from({ length: 3 }, () => firm({ valueChainStage: 'Talaşlı imalat' })),
      ...Array.from({ length: 2 }, () => firm({ valueChainStage: 'Kaplama' })),
    ];
    const progress = quotaProgress({ organisations, reached: new Set(), target: 4 });
    expect(
      progress.bySegment.value_chain_stage.map(({ value, inRegistry, target }) => [
        value,
        inRegistry,
        target,
      ]),
    ).toEqual([
      ['Döküm', 5, 2],
      ['Talaşlı imalat', 3, 1],
      ['Kaplama', 2, 1],
    ]);
  });

  it('breaks equal remainders by Turkish collation of the value, whatever the input order', () => {
    // Three districts of one SME each, target 2: every quota is 2/3. Turkish order: Çiğli < Konak < Ödemiş.
    const districts = ['Ödemiş', 'Konak', 'Çiğli'];
    const orders = [districts, [...districts].reverse(), ['Konak', 'Ödemiş', 'Çiğli']];
    for (const order of orders) {
      const organisations = order.map((district) => firm({ district }));
      const progress = quotaProgress({ organisations, reached: new Set(), target: 2 });
      const targets = Object.fromEntries(
        progress.bySegment.district.map(({ value, target }) => [value, target]),
      );
      expect(targets).toEqual({ Çiğli: 1, Konak: 1, Ödemiş: 0 });
    }
  });

  it('compares values without case or Turkish letters and shows the most common spelling', () => {
    const organisations = [
      firm({ id: 'a', district: 'Torbalı' }),
      firm({ id: 'b', district: 'TORBALI' }),
      firm({ id: 'c', district: ' torbali ' }),
      firm({ id: 'd', district: 'Torbalı' }),
    ];
    const progress = quotaProgress({ organisations, reached: new Set(['b']), target: 4 });
    expect(progress.bySegment.district).toEqual([
      { value: 'Torbalı', inRegistry: 4, reached: 1, target: 4, gap: 3 },
    ]);
  });

  it('keeps unknown values in the breakdown with their share of the target, but never in the gaps', () => {
    const organisations = [
      firm({ id: 'a', district: 'Kemalpaşa', employees: 5 }),
      firm({ id: 'b', district: null, employees: null }),
      firm({ id: 'c', district: '  ', employees: null }),
      firm({ id: 'd', district: 'Kemalpaşa', employees: 5 }),
    ];
    const progress = quotaProgress({ organisations, reached: new Set(['a']), target: 4 });
    expect(progress.bySegment.district).toEqual([
      { value: 'Kemalpaşa', inRegistry: 2, reached: 1, target: 2, gap: 1 },
      { value: null, inRegistry: 2, reached: 0, target: 2, gap: 2 },
    ]);
    expect(progress.bySegment.size.map(({ value, target }) => [value, target])).toEqual([
      ['micro', 2],
      ['unknown', 2],
    ]);
    expect(progress.gaps.some((gap) => gap.value === 'unknown' || gap.value === null)).toBe(false);
    expect(progress.gaps).toContainEqual({
      segment: 'district',
      value: 'Kemalpaşa',
      missing: 1,
      kind: 'more',
    });
  });

  it('words a gap as "none" when nobody of the value was reached and lists the largest gaps first', () => {
    // 30 SMEs: Döküm 20 (reached 12) and Kaplama 10 (reached 0), all in Torbalı, all small.
    const organisations = [
      ...Array.from({ length: 20 }, (_, i) => firm({ id: `d${i}`, valueChainStage: 'Döküm' })),
      ...Array.from({ length: 10 }, (_, i) => firm({ id: `k${i}`, valueChainStage: 'Kaplama' })),
    ];
    const reached = new Set(Array.from({ length: 12 }, (_, i) => `d${i}`));
    const progress = quotaProgress({ organisations, reached });
    expect(progress.remaining).toBe(18);
    expect(progress.gaps).toEqual([
      { segment: 'size', value: 'small', missing: 18, kind: 'more' },
      { segment: 'district', value: 'Torbalı', missing: 18, kind: 'more' },
      { segment: 'value_chain_stage', value: 'Kaplama', missing: 10, kind: 'none' },
      { segment: 'value_chain_stage', value: 'Döküm', missing: 8, kind: 'more' },
    ]);
  });

  it('has no gaps once every value has reached its target, even past the target', () => {
    const organisations = Array.from({ length: 4 }, (_, i) => firm({ id: `f${i}` }));
    const progress = quotaProgress({
      organisations,
      reached: new Set(['f0', 'f1', 'f2', 'f3']),
      target: 3,
    });
    expect(progress).toMatchObject({ reached: 4, remaining: 0, gaps: [] });
    expect(progress.bySegment.district[0]).toMatchObject({ reached: 4, target: 3, gap: 0 });
  });

  it('reports an empty registry as the whole target remaining, with empty breakdowns', () => {
    const progress = quotaProgress({ organisations: [], reached: new Set(['x']) });
    expect(progress).toEqual({
      target: 30,
      reached: 0,
      remaining: 30,
      smesInRegistry: 0,
      bySegment: { value_chain_stage: [], size: [], district: [] },
      gaps: [],
    });
  });

  it('makes every segment sum to the target and every gap equal max(0, target - reached)', () => {
    const stages = ['Döküm', 'döküm', 'Kaplama', 'Makine', null];
    const districts = ['Torbalı', 'TORBALI', 'Kemalpaşa', null];
    const organisation = fc.record({
      employees: fc.option(fc.integer({ min: 0, max: 400 })),
      valueChainStage: fc.constantFrom(...stages),
      district: fc.constantFrom(...districts),
      type: fc.constantFrom('firm', 'supplier', 'university'),
      reached: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(organisation, { maxLength: 60 }),
        fc.integer({ min: 0, max: 50 }),
        (rows, target) => {
          const organisations = rows.map((row, i) => ({ ...row, id: `o${i}` }));
          const reached = new Set(organisations.filter((o) => o.reached).map((o) => o.id));
          const progress = quotaProgress({ organisations, reached, target });
          for (const values of Object.values(progress.bySegment)) {
            const sum = values.reduce((total, row) => total + row.target, 0);
            expect(sum).toBe(progress.smesInRegistry > 0 ? target : 0);
            expect(values.reduce((total, row) => total + row.inRegistry, 0)).toBe(
              progress.smesInRegistry,
            );
            for (const row of values) expect(row.gap).toBe(Math.max(0, row.target - row.reached));
          }
          for (let i = 1; i < progress.gaps.length; i += 1)
            expect(progress.gaps[i - 1]!.missing).toBeGreaterThanOrEqual(progress.gaps[i]!.missing);
        },
      ),
    );
  });
});
