// The action plan by horizon and layer, each group in date order.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import type { ActionLayer, Horizon } from './actionInput';
import { timeline } from './timeline';

const action = (
  title: string,
  layer: ActionLayer,
  startOn: string,
  endOn: string,
  horizon: Horizon | null = null,
) => ({ title, layer, startOn: startOn as IsoDate, endOn: endOn as IsoDate, horizon });

describe('timeline', () => {
  const start = '2027-01-01' as IsoDate;
  const actions = [
    action('Laboratuvar', 'resources', '2027-03-01', '2029-12-31'),
    action('İhracat heyeti', 'market', '2027-02-01', '2027-10-01'),
    action('Çıraklık programı', 'capabilities', '2027-02-01', '2027-10-01'),
    action('Ortak marka', 'market', '2027-01-01', '2027-05-01', 'long'),
    action('Yeni ürün', 'products_services', '2028-01-01', '2031-06-30'),
  ];
  const result = timeline(actions, start);
  const titles = (list: { title: string }[]) => list.map((a) => a.title);

  it('groups by horizon, a chosen horizon winning over the end date', () => {
    expect(titles(result.byHorizon.short)).toEqual(['Çıraklık programı', 'İhracat heyeti']);
    expect(titles(result.byHorizon.medium)).toEqual(['Laboratuvar']);
    expect(titles(result.byHorizon.long)).toEqual(['Ortak marka', 'Yeni ürün']);
  });

  it('groups by layer, every layer present even when empty', () => {
    expect(titles(result.byLayer.market)).toEqual(['Ortak marka', 'İhracat heyeti']);
    expect(Object.keys(result.byLayer)).toEqual([
      'market',
      'products_services',
      'capabilities',
      'resources',
    ]);
    expect(titles(result.grid.short.capabilities)).toEqual(['Çıraklık programı']);
    expect(result.grid.medium.market).toEqual([]);
  });

  it('spans from the earliest start to the latest end, and is empty without actions', () => {
    expect(result.span).toEqual({ from: '2027-01-01', to: '2031-06-30' });
    const none = timeline([], start);
    expect(none.span).toBeNull();
    expect(none.byHorizon.short).toEqual([]);
  });
});
