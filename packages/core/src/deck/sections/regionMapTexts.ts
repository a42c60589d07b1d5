// The region map slide's words in Turkish and English: the title, the legend's classes, the list
// beside the map, the notice without a map and the speaker notes with the figures.

import type { LqClass } from '../deckModel';

export interface RegionMapWords {
  title: (cluster: string) => string;
  /** Legend labels; `decimal` writes 0.8, 1.25 and 2 the language's way. */
  legend: (decimal: (value: number, digits: number) => string) => Record<LqClass, string>;
  highest: string;
  listed: (number: number, region: string, lq: string) => string;
  own: (region: string, lq: string, rank: number, of: number) => string;
  ownNoData: (region: string) => string;
  ownMissing: (region: string) => string;
  reading: string;
  source: (dataset: string, year: number, map: string) => string;
  noData: (count: number) => string;
  missing: string;
  explanation: string;
  notes: (cluster: string, year: number) => string;
  classCounts: (counts: Record<LqClass, number>) => string;
  highestNotes: (list: string) => string;
}

export const REGION_MAP_WORDS: Record<'tr' | 'en', RegionMapWords> = {
  tr: {
    title: (cluster) => `${cluster}: bölgelere göre yerelleşme katsayısı`,
    legend: (decimal) => ({
      below: `LQ < ${decimal(0.8, 1)}`,
      about: `${decimal(0.8, 1)}–${decimal(1.25, 2)}`,
      above: `${decimal(1.25, 2)}–2`,
      strong: 'LQ ≥ 2',
      none: 'Veri yok',
    }),
    highest: 'En yüksek LQ',
    listed: (number, region, lq) => `${number}  ${region}: ${lq}`,
    own: (region, lq, rank, of) => `${region}: LQ ${lq}, ${of} bölge içinde ${rank}. sırada.`,
    ownNoData: (region) => `${region} için bu kümede veri yok.`,
    ownMissing: (region) => `${region} bu haritada yer almıyor.`,
    reading:
      'Renk koyulaştıkça küme o bölgede ülke ortalamasından daha yoğundur. Turuncu çerçeve bizim bölgemiz.',
    source: (dataset, year, map) => `Kaynak: ${dataset}, ${year}; harita: ${map}.`,
    noData: (count) => `Gri: ${count} bölge için veri yok.`,
    missing:
      'Bölgelerin haritası içe aktarılmadı ya da içe aktarılan haritalar veri setinin bölge kodlarıyla eşleşmiyor.',
    explanation:
      'Bölgelerin GeoJSON haritası içe aktarıldığında bu slayt her bölgeyi odak kümenin yerelleşme katsayısına göre renklendirir ve bölgemizi çerçeveler.',
    notes: (cluster, year) =>
      `Harita her bölgeyi ${cluster} kümesinin ${year} yılı yerelleşme katsayısına göre renklendiriyor: renk koyulaştıkça küme orada ülke ortalamasından daha yoğun. Bölgemiz turuncu çerçeveyle gösteriliyor.`,
    classCounts: (counts) =>
      [
        `LQ’su 2 veya üzeri olan ${counts.strong} bölge`,
        `1,25 ile 2 arasında ${counts.above} bölge`,
        `0,8 ile 1,25 arasında ${counts.about} bölge`,
        `0,8’in altında ${counts.below} bölge var`,
      ].join(', ') + (counts.none > 0 ? `; ${counts.none} bölge için veri yok.` : '.'),
    highestNotes: (list) => `En yüksek LQ’lu bölgeler: ${list}.`,
  },
  en: {
    title: (cluster) => `${cluster}: location quotient by region`,
    legend: (decimal) => ({
      below: `LQ < ${decimal(0.8, 1)}`,
      about: `${decimal(0.8, 1)}–${decimal(1.25, 2)}`,
      above: `${decimal(1.25, 2)}–2`,
      strong: 'LQ ≥ 2',
      none: 'No data',
    }),
    highest: 'Highest LQ',
    listed: (number, region, lq) => `${number}  ${region}: ${lq}`,
    own: (region, lq, rank, of) => `${region}: LQ ${lq}, ranked ${rank} of ${of} regions.`,
    ownNoData: (region) => `There are no data for ${region} in this cluster.`,
    ownMissing: (region) => `${region} is not on this map.`,
    reading:
      'The darker the colour, the more concentrated the cluster is there than in the country. Our region is outlined in orange.',
    source: (dataset, year, map) => `Source: ${dataset}, ${year}; map: ${map}.`,
    noData: (count) => `Grey: no data for ${count} region${count === 1 ? '' : 's'}.`,
    missing:
      'No map of the regions has been imported, or no imported map matches the dataset’s region codes.',
    explanation:
      'Once a GeoJSON map of the regions is imported, this slide colours every region by the focus cluster’s location quotient and outlines ours.',
    notes: (cluster, year) =>
      `The map colours every region by the location quotient of ${cluster} in ${year}: the darker the colour, the more concentrated the cluster is there than in the country as a whole. Our region is outlined in orange.`,
    classCounts: (counts) =>
      [
        `${counts.strong} region${counts.strong === 1 ? ' has' : 's have'} an LQ of 2 or more`,
        `${counts.above} between 1.25 and 2`,
        `${counts.about} between 0.8 and 1.25`,
        `${counts.below} below 0.8`,
      ].join(', ') +
      (counts.none > 0 ? `; ${counts.none} ha${counts.none === 1 ? 's' : 've'} no data.` : '.'),
    highestNotes: (list) => `The highest LQs: ${list}.`,
  },
};
