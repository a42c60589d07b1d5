// Tests of the value-chain edits: adding, deleting, moving stages and their supply links, and
// NACE codes as typed.

import { describe, expect, it } from 'vitest';
import { copyValueChainTemplate, valueChainSchema, type ValueChain } from '@kume/core';
import {
  addStage,
  deleteStage,
  effectiveSuppliesTo,
  moveStage,
  parseNaceCodes,
  sameChain,
  setSuppliesTo,
  updateStage,
} from './chainEdits';

const stage = (id: string, suppliesTo?: string[]) => ({
  id,
  name: { tr: id.toUpperCase(), en: id },
  description: { tr: '', en: '' },
  naceCodes: [],
  ...(suppliesTo ? { suppliesTo } : {}),
});
const chain = (...stages: ReturnType<typeof stage>[]): ValueChain => ({
  templateId: null,
  name: { tr: 'Zincir', en: 'Chain' },
  stages,
  supportFunctions: [],
});
const ids = (c: ValueChain) => c.stages.map((s) => s.id);

describe('value-chain edits', () => {
  it('deleting a stage removes it from the other stages’ explicit suppliesTo', () => {
    const before = chain(stage('a', ['b', 'c']), stage('b', ['c']), stage('c'));
    const after = deleteStage(before, 'c');
    expect(ids(after)).toEqual(['a', 'b']);
    expect(after.stages[0]!.suppliesTo).toEqual(['b']);
    expect(after.stages[1]!.suppliesTo).toEqual([]);
    expect(valueChainSchema.safeParse(after).success).toBe(true);
    expect(ids(before)).toEqual(['a', 'b', 'c']);
  });

  it('deleting leaves an absent suppliesTo absent, so it still means the next stage', () => {
    const after = deleteStage(chain(stage('a'), stage('b'), stage('c')), 'b');
    expect(after.stages[0]!.suppliesTo).toBeUndefined();
    expect(effectiveSuppliesTo(after, 'a')).toEqual(['c']);
  });

  it('the only stage cannot be deleted', () => {
    const only = chain(stage('a'));
    expect(deleteStage(only, 'a')).toBe(only);
  });

  it('moving a stage reorders the chain and stops at its ends', () => {
    const c = chain(stage('a'), stage('b'), stage('c'));
    expect(ids(moveStage(c, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveStage(c, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(moveStage(c, 'a', -1)).toBe(c);
    expect(ids(moveStage(c, 'a', 5))).toEqual(['b', 'c', 'a']);
  });

  it('a new stage gets an id no stage uses and fails validation until it is named', () => {
    const c = addStage(addStage(chain(stage('stage_1'))));
    expect(ids(c)).toEqual(['stage_1', 'stage_2', 'stage_3']);
    expect(valueChainSchema.safeParse(c).success).toBe(false);
    const named = updateStage(
      updateStage(c, 'stage_2', { name: { tr: 'İki', en: 'Two' } }),
      'stage_3',
      { name: { tr: 'Üç', en: 'Three' } },
    );
    expect(valueChainSchema.safeParse(named).success).toBe(true);
  });

  it('suppliesTo defaults to the next stage, can be set, never to itself, and reset', () => {
    const c = chain(stage('a'), stage('b'), stage('c'));
    expect(effectiveSuppliesTo(c, 'a')).toEqual(['b']);
    expect(effectiveSuppliesTo(c, 'c')).toEqual([]);
    const set = setSuppliesTo(c, 'a', ['c', 'a']);
    expect(set.stages[0]!.suppliesTo).toEqual(['c']);
    const reset = setSuppliesTo(set, 'a', null);
    expect('suppliesTo' in reset.stages[0]!).toBe(false);
    expect(sameChain(reset, c)).toBe(true);
  });

  it('NACE codes are trimmed, upper-cased and deduplicated; other entries are set apart', () => {
    expect(parseNaceCodes([' 24.51', 'c', '24.51', '24-5', '331511', '', '25'])).toEqual({
      codes: ['24.51', 'C', '25'],
      invalid: ['24-5', '331511'],
    });
  });

  it('sameChain ignores key order but not content', () => {
    const template = copyValueChainTemplate('machinery_metal_casting')!;
    const reversed = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).reverse());
    const shuffled = {
      ...reversed(template),
      stages: template.stages.map(reversed),
    } as ValueChain;
    expect(sameChain(shuffled, template)).toBe(true);
    expect(sameChain(moveStage(template, template.stages[0]!.id, 1), template)).toBe(false);
  });
});
