// Workshop item keys across a bundle: which workshop a key names, and its rename on import.

import { describe, expect, it } from 'vitest';
import { renameWorkshopInItemKey, workshopKeyOfItemKey } from './roadmapItemKeys';

describe('workshopKeyOfItemKey', () => {
  const keys = ['w1', 'w1:b', 'workshop-vision'];

  it('finds the workshop of vision, factor and skill keys', () => {
    expect(workshopKeyOfItemKey('vision:workshop-vision', keys)).toBe('workshop-vision');
    expect(workshopKeyOfItemKey('factor:w1:i3', keys)).toBe('w1');
    expect(workshopKeyOfItemKey('skill:w1:~iso 9001: kalite', keys)).toBe('w1');
  });

  it('takes the longer workshop key when two fit', () => {
    expect(workshopKeyOfItemKey('factor:w1:b:i1', keys)).toBe('w1:b');
  });

  it('is null for other kinds of key and for a workshop not given', () => {
    expect(workshopKeyOfItemKey('gap:thin_stage:w1', keys)).toBeNull();
    expect(workshopKeyOfItemKey('manual:w1', keys)).toBeNull();
    expect(workshopKeyOfItemKey('factor:w2:i1', keys)).toBeNull();
    // A vision key names its workshop whole; a factor key needs the item after it.
    expect(workshopKeyOfItemKey('vision:w1:i1', ['w1'])).toBeNull();
    expect(workshopKeyOfItemKey('factor:w1', ['w1'])).toBeNull();
  });
});

describe('renameWorkshopInItemKey', () => {
  const ids = new Map([
    ['w1', '4f6c2e9a-0000-4000-8000-000000000001'],
    ['workshop-vision', '4f6c2e9a-0000-4000-8000-000000000002'],
  ]);

  it('writes the new workshop id in place of the bundle key, the item id kept', () => {
    expect(renameWorkshopInItemKey('skill:w1:~cnc: operatör', ids)).toBe(
      'skill:4f6c2e9a-0000-4000-8000-000000000001:~cnc: operatör',
    );
    expect(renameWorkshopInItemKey('vision:workshop-vision', ids)).toBe(
      'vision:4f6c2e9a-0000-4000-8000-000000000002',
    );
  });

  it('keeps other keys and keys naming a workshop the bundle lacks', () => {
    for (const key of ['gap:empty_stage:distribution', 'cluster:Furniture', 'factor:gone:i1'])
      expect(renameWorkshopInItemKey(key, ids)).toBe(key);
  });
});
