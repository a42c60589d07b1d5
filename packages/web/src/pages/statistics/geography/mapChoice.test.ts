import { describe, expect, it } from 'vitest';
import type { GeographyView } from '@kume/server';
import { autoMapChoice, mapChoiceKey, mapChoiceOf, mapCoverage, mapShapeIdOf } from './mapChoice';

const imported = (id: string, ids: string[]): GeographyView => ({
  id,
  name: id,
  fileName: `${id}.geojson`,
  featureCount: ids.length,
  idProperty: 'id',
  nameProperty: null,
  sampleIds: ids.slice(0, 5),
  regions: ids.map((code) => ({ id: code, name: null })),
  createdAt: '2026-11-26T10:00:00.000Z',
});

const nuts2 = imported('nuts2', ['TR31', 'TR32', 'TR33', 'TR41']);
const plates = imported('plates', ['06', '35', '45']);

describe('autoMapChoice', () => {
  it('picks an imported map when most region codes are among its ids', () => {
    expect(autoMapChoice(['TR31', 'TR32', 'TR33', 'TR'], [nuts2])).toEqual({
      kind: 'imported',
      geography: nuts2,
    });
  });

  it("picks Kume's own map when no imported map matches half the codes", () => {
    expect(autoMapChoice(['06', '36', '48'], [nuts2])).toEqual({
      kind: 'builtin',
      geography: 'us-states',
    });
    expect(autoMapChoice(['TR31', 'X1', 'X2'], [nuts2])).toBeNull();
  });

  it('prefers an imported map that matches as many codes as a built-in one', () => {
    // Plates 06, 35, 45 are US states too; the analyst's own map wins.
    expect(autoMapChoice(['6', '35', '45'], [nuts2, plates])?.geography).toBe(plates);
  });

  it('keeps the built-in map when it matches more codes than the imported one', () => {
    expect(autoMapChoice(['06', '35', '45', '01'], [plates])?.geography).toBe('us-states');
  });

  it('takes the first listed (newest) of imported maps that match equally', () => {
    const copy = imported('copy', ['TR31', 'TR32']);
    expect(autoMapChoice(['TR31', 'TR32'], [copy, nuts2])?.geography).toBe(copy);
  });
});

describe('map choices', () => {
  it('are named in the address by the built-in name or the imported id', () => {
    const choice = mapChoiceOf('nuts2', [nuts2]);
    expect(choice).toEqual({ kind: 'imported', geography: nuts2 });
    expect(mapChoiceKey(choice!)).toBe('nuts2');
    expect(mapChoiceOf('world', [])).toEqual({ kind: 'builtin', geography: 'world' });
    expect(mapChoiceOf('gone', [nuts2])).toBeUndefined();
  });

  it('match region codes written another way to an imported map', () => {
    const choice = { kind: 'imported', geography: plates } as const;
    expect(mapShapeIdOf(choice, '6')).toBe('06');
    expect(mapShapeIdOf(choice, '07')).toBeUndefined();
    expect(mapCoverage(choice, ['6', '35', '1', '2'])).toBe(0.5);
  });
});
