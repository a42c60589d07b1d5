// Kume's default NACE definitions: every class (and division) in exactly one cluster, no empty
// cluster, spot checks against the categories' meaning, and the same result as an imported file.

import { describe, expect, it } from 'vitest';
import { matchIndustries, UNCOVERED } from '../matchIndustries';
import { StatsTableBuilder } from '../statsTable';
import { naceClusterCategories } from './naceClusterCategories';
import {
  naceClusterDefinition,
  naceDefinitionRows,
  naceDivisionClusters,
} from './naceClusterDefinition';
import { naceRev2Classes } from './naceRev2Classes';

const nace = naceRev2Classes();
const classesDefinition = naceClusterDefinition('nace-rev2-classes', 'en');
const divisionsDefinition = naceClusterDefinition('nace-rev2-divisions', 'en');

/** The cluster code and type of an industry code in a definition. */
function clusterOf(definition: typeof classesDefinition, code: string) {
  const industry = definition.industries.find((item) => item.code === code);
  const cluster = industry === undefined ? undefined : definition.clusters[industry.cluster];
  return cluster && { code: cluster.code, type: cluster.type };
}

describe('the default NACE Rev.2 cluster definition on classes', () => {
  it('lists every NACE class exactly once across the categories, and nothing else', () => {
    const listed = naceClusterCategories.flatMap((c) =>
      c.classes.split(' ').map((d) => d.replace('.', '')),
    );
    expect(listed).toHaveLength(615);
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(new Set(nace.classes.map((item) => item.code)));
  });

  it('assigns all 615 classes, each to one cluster, with no cluster left empty', () => {
    expect(classesDefinition.industries).toHaveLength(615);
    expect(new Set(classesDefinition.industries.map((i) => i.code)).size).toBe(615);
    expect(classesDefinition.clusters).toHaveLength(naceClusterCategories.length);
    classesDefinition.clusters.forEach((_, at) =>
      expect(classesDefinition.industries.some((i) => i.cluster === at)).toBe(true),
    );
  });

  it('has the 51 traded categories of the US benchmark and the European Cluster Observatory', () => {
    const traded = classesDefinition.clusters.filter((c) => c.type === 'traded');
    expect(traded).toHaveLength(51);
    expect(traded.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'Automotive',
        'Metalworking Technology',
        'Production Technology and Heavy Machinery',
        'Upstream Metal Manufacturing',
        'Textile Manufacturing',
        'Apparel',
        'Food Processing and Manufacturing',
        'Agricultural Inputs and Services',
        'Financial Services',
      ]),
    );
    expect(classesDefinition.clusters.filter((c) => c.type === 'local').map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'Local Health Services',
        'Local Hospitality Establishments',
        'Local Retailing of Clothing and General Merchandise',
        'Local Commercial Services',
      ]),
    );
  });

  it.each([
    ['2451', 'Upstream Metal Manufacturing', 'traded'],
    ['2910', 'Automotive', 'traded'],
    ['2932', 'Automotive', 'traded'],
    ['2841', 'Production Technology and Heavy Machinery', 'traded'],
    ['1413', 'Apparel', 'traded'],
    ['1320', 'Textile Manufacturing', 'traded'],
    ['2120', 'Biopharmaceuticals', 'traded'],
    ['5510', 'Hospitality and Tourism', 'traded'],
    ['4711', 'Local Food and Beverage Processing and Distribution', 'local'],
    ['4771', 'Local Retailing of Clothing and General Merchandise', 'local'],
    ['8411', 'Local Government Services', 'local'],
    ['8610', 'Local Health Services', 'local'],
    ['4120', 'Local Real Estate, Construction, and Development', 'local'],
    ['3513', 'Local Utilities', 'local'],
  ])('puts class %s in %s (%s)', (code, cluster, type) => {
    expect(clusterOf(classesDefinition, code)).toEqual({ code: cluster, type });
  });

  it('is local for all retail (47) but internet retail, all construction of buildings, health and public administration', () => {
    for (const item of nace.classes) {
      const type = clusterOf(classesDefinition, item.code)?.type;
      if (item.division === '47' && item.code !== '4791') expect(type, item.code).toBe('local');
      if (['41', '43', '84', '86', '87'].includes(item.division))
        expect(type, item.code).toBe('local');
    }
    expect(clusterOf(classesDefinition, '4791')?.type).toBe('traded');
  });

  it('names the clusters in Turkish on request, with the same codes', () => {
    const turkish = naceClusterDefinition('nace-rev2-classes', 'tr');
    expect(turkish.clusters.map((c) => c.code)).toEqual(
      classesDefinition.clusters.map((c) => c.code),
    );
    expect(turkish.clusters.find((c) => c.code === 'Automotive')?.name).toBe('Otomotiv');
    expect(new Set(turkish.clusters.map((c) => c.name)).size).toBe(turkish.clusters.length);
  });

  it('writes rows of the definitions file format with lettered codes Excel keeps as text', () => {
    const rows = naceDefinitionRows('nace-rev2-classes', 'tr');
    expect(rows).toHaveLength(615);
    expect(rows.find((row) => row.industry === 'C24.51')).toEqual({
      industry: 'C24.51',
      industryName: 'Demir döküm',
      cluster: 'Upstream Metal Manufacturing',
      clusterName: 'Ana Metal Sanayii',
      type: 'traded',
    });
    expect(rows.find((row) => row.industry === 'A01.11')?.cluster).toBe(
      'Agricultural Inputs and Services',
    );
  });

  it('covers every job of a 4-digit NACE table: no class is left uncovered', () => {
    const builder = new StatsTableBuilder();
    for (const item of nace.classes)
      builder.push(
        builder.regionId('TR'),
        builder.industryId(item.code),
        2020,
        1,
        1,
        Number.NaN,
        0,
      );
    const match = matchIndustries(builder.build(), classesDefinition);
    expect([...match.target].filter((target) => target === UNCOVERED)).toEqual([]);
  });
});

describe('the default NACE Rev.2 cluster definition on divisions', () => {
  it('assigns all 88 divisions, each once, to the cluster holding most of its classes', () => {
    expect(divisionsDefinition.industries).toHaveLength(88);
    expect(new Set(divisionsDefinition.industries.map((i) => i.code)).size).toBe(88);
    divisionsDefinition.clusters.forEach((_, at) =>
      expect(divisionsDefinition.industries.some((i) => i.cluster === at)).toBe(true),
    );
    const byClass = new Map(
      classesDefinition.industries.map((i) => [
        i.code,
        classesDefinition.clusters[i.cluster]!.code,
      ]),
    );
    for (const division of nace.divisions) {
      const counts = new Map<string, number>();
      for (const item of nace.classes.filter((c) => c.division === division.code))
        counts.set(byClass.get(item.code)!, (counts.get(byClass.get(item.code)!) ?? 0) + 1);
      const chosen = clusterOf(divisionsDefinition, division.code)!.code;
      expect(counts.get(chosen), division.code).toBe(Math.max(...counts.values()));
    }
  });

  it.each([
    ['24', 'Upstream Metal Manufacturing'],
    ['29', 'Automotive'],
    ['28', 'Production Technology and Heavy Machinery'],
    ['13', 'Textile Manufacturing'],
    ['14', 'Apparel'],
    ['47', 'Local Food and Beverage Processing and Distribution'],
    ['84', 'Local Government Services'],
  ])('puts division %s in %s', (code, cluster) => {
    expect(clusterOf(divisionsDefinition, code)?.code).toBe(cluster);
  });

  it('breaks a tie by the tied cluster of the lowest class: 09 (oil and gas 09.10, mining 09.90) is oil and gas', () => {
    const division = naceDivisionClusters().get('09');
    expect(naceClusterCategories[division!]?.code).toBe(
      'Oil and Gas Production and Transportation',
    );
  });

  it('writes division rows with the section letter, C24 for division 24', () => {
    const rows = naceDefinitionRows('nace-rev2-divisions', 'en');
    expect(rows).toHaveLength(88);
    expect(rows.find((row) => row.industry === 'C24')).toMatchObject({
      industryName: 'Manufacture of basic metals',
      cluster: 'Upstream Metal Manufacturing',
    });
  });
});
