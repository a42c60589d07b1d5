// Which value chain a project's map uses: its own, the template its sector names, or the generic one.

import { copyValueChainTemplate, type ValueChain } from '@kume/core';
import { describe, expect, it } from 'vitest';
import { projectValueChain, templateForSector } from './projectValueChain';

describe('projectValueChain', () => {
  it.each([
    ['Makina İmalatı', 'machinery_metal_casting'],
    ['DÖKÜM ve metal işleme', 'machinery_metal_casting'],
    ['Otomotiv bakım onarım', 'automotive_repair'],
    ['İklimlendirme ve Soğutma', 'hvac_r'],
    ['Processed fruit and vegetables', 'processed_fruit_vegetables'],
  ])('the sector %s picks the template %s', (sector, templateId) => {
    expect(templateForSector(sector)).toBe(templateId);
  });

  it('a sector no template names, or none, picks no template', () => {
    expect(templateForSector('Mobilya')).toBeUndefined();
    expect(templateForSector('  ')).toBeUndefined();
  });

  it("the project's own chain wins over its sector; without one the generic template is used", () => {
    const own = copyValueChainTemplate('hvac_r') as ValueChain;
    expect(projectValueChain({ valueChain: own, sector: 'Makina' })).toEqual({
      chain: own,
      chainSource: 'project',
    });
    const generic = projectValueChain({ valueChain: null, sector: 'Mobilya' });
    expect(generic.chainSource).toBe('generic_template');
    expect(generic.chain.templateId).toBe('generic_manufacturing');
  });
});
