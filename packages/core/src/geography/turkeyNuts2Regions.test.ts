// Turkey's NUTS-2 regions: all 26 with their codes, every province in exactly one, and the lookup.

import { describe, expect, it } from 'vitest';
import { TURKEY_NUTS2_REGIONS, turkeyNuts2Name } from './turkeyNuts2Regions';

describe('TURKEY_NUTS2_REGIONS', () => {
  it('lists the 26 regions from TR10 to TRC3 once each, in code order', () => {
    const codes = TURKEY_NUTS2_REGIONS.map((region) => region.code);
    expect(codes).toHaveLength(26);
    expect(new Set(codes).size).toBe(26);
    expect(codes).toEqual([...codes].sort());
    expect([codes[0], codes.at(-1)]).toEqual(['TR10', 'TRC3']);
    for (const code of codes) expect(code).toMatch(/^TR[1-9A-C][0-9]$/);
  });

  it("names the country's 81 provinces, each in one region", () => {
    const provinces = TURKEY_NUTS2_REGIONS.flatMap((region) => region.name.split(', '));
    expect(provinces).toHaveLength(81);
    expect(new Set(provinces).size).toBe(81);
  });
});

describe('turkeyNuts2Name', () => {
  it('names a region by its code, in any case and with spaces around it', () => {
    expect(turkeyNuts2Name('TR31')).toBe('İzmir');
    expect(turkeyNuts2Name(' tr42 ')).toBe('Kocaeli, Sakarya, Düzce, Bolu, Yalova');
  });

  it('is undefined for a NUTS-3 code, a province plate or an unknown code', () => {
    for (const code of ['TR310', '35', 'TR99', 'TRD1', ''])
      expect(turkeyNuts2Name(code), code).toBeUndefined();
  });
});
