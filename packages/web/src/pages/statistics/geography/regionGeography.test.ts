// Tests of how region codes find their map and their shapes.

import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryOf } from './countryCodes';
import { detectGeography, regionName, shapeIdOf } from './regionGeography';
import { TURKEY_PROVINCES, turkeyProvince } from './turkeyProvinces';
import { US_STATES } from './usStates';

describe('tables', () => {
  it('lists 81 Turkish provinces with unique plates 01-81 and unique NUTS-3 codes', () => {
    expect(TURKEY_PROVINCES).toHaveLength(81);
    expect(new Set(TURKEY_PROVINCES.map((p) => p.nuts3)).size).toBe(81);
    expect(TURKEY_PROVINCES.map((p) => p.plate)).toEqual(
      Array.from({ length: 81 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    for (const p of TURKEY_PROVINCES) expect(p.nuts3).toMatch(/^TR[1-9A-C]\d{2}$/);
  });

  it('finds a province by plate or NUTS-3 code, with or without the leading zero', () => {
    expect(turkeyProvince('35')?.name).toBe('İzmir');
    expect(turkeyProvince('tr310')?.plate).toBe('35');
    expect(turkeyProvince('6')?.nuts3).toBe('TR510');
    expect(turkeyProvince('82')).toBeUndefined();
  });

  it('has the 50 states and DC among the US codes', () => {
    expect([...US_STATES.keys()].filter((code) => Number(code) <= 56)).toHaveLength(51);
  });

  it('gives every country three unique codes', () => {
    for (const key of ['alpha2', 'alpha3', 'numeric'] as const)
      expect(new Set(COUNTRIES.map((c) => c[key])).size).toBe(COUNTRIES.length);
    expect(countryOf('de')?.numeric).toBe('276');
    expect(countryOf('TUR')?.alpha2).toBe('TR');
    expect(countryOf('40')?.alpha2).toBe('AT');
    expect(countryOf('EL')?.alpha2).toBe('GR');
  });
});

describe('shapeIdOf', () => {
  it('pads FIPS codes and refuses codes that name no state', () => {
    expect(shapeIdOf('us-states', '6')).toBe('06');
    expect(shapeIdOf('us-states', '03')).toBeUndefined();
    expect(shapeIdOf('us-counties', '6037')).toBe('06037');
  });

  it('maps NUTS-3 codes and plates to the same Turkish province', () => {
    expect(shapeIdOf('tr-provinces', 'TR100')).toBe(shapeIdOf('tr-provinces', '34'));
  });
});

describe('detectGeography', () => {
  it('takes two-digit codes inside the FIPS list for US states', () => {
    expect(detectGeography(['01', '02', '04', '06', '56'])).toBe('us-states');
  });

  it('takes two-digit codes outside the FIPS list for Turkish plates', () => {
    const plates = TURKEY_PROVINCES.map((p) => p.plate);
    expect(detectGeography(plates)).toBe('tr-provinces');
  });

  it('recognises NUTS-3, county, numeric and alpha country codes', () => {
    expect(detectGeography(['TR310', 'TR100', 'TR510'])).toBe('tr-provinces');
    expect(detectGeography(['06037', '36061', '17031'])).toBe('us-counties');
    expect(detectGeography(['040', '276', '792'])).toBe('world');
    expect(detectGeography(['AT', 'DE', 'EL', 'UK'])).toBe('world');
    expect(detectGeography(['AUT', 'DEU', 'TUR'])).toBe('world');
  });

  it('tolerates a benchmark code among the regions but not a majority of unknown codes', () => {
    expect(detectGeography(['06', '36', '48', 'US'])).toBe('us-states');
    expect(detectGeography(['DE11', 'DE12', 'DE13'])).toBeNull();
    expect(detectGeography([])).toBeNull();
  });
});

describe('regionName', () => {
  it('names states, provinces and countries, the latter in the UI language', () => {
    expect(regionName('us-states', '06', 'en')).toBe('California');
    expect(regionName('tr-provinces', 'TR310', 'tr')).toBe('İzmir');
    expect(regionName('world', 'DEU', 'en')).toBe('Germany');
    expect(regionName('world', 'DE', 'tr')).toBe('Almanya');
    expect(regionName('us-counties', '06037', 'en')).toBeUndefined();
  });
});
