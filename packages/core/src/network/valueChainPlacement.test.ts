import { describe, expect, it } from 'vitest';
import { placeOrganisation } from './valueChainPlacement';
import { copyValueChainTemplate } from './valueChainTemplates';
import type { ValueChain } from './valueChainSchema';

const template = (id: string): ValueChain => {
  const chain = copyValueChainTemplate(id);
  if (!chain) throw new Error(`no template ${id}`);
  return chain;
};
const machinery = template('machinery_metal_casting');
const generic = template('generic_manufacturing');

describe('placeOrganisation by stage name', () => {
  it.each([
    ['DÖKÜM', 'casting'],
    ['döküm', 'casting'],
    ['Casting', 'casting'],
    ['pattern and mould making', 'pattern_mould'],
    ['MODEL VE KALIP YAPIMI', 'pattern_mould'],
    ['model ve kalip yapimi', 'pattern_mould'],
    ['Isıl işlem ve yüzey işlemleri', 'finishing'],
    ['  after-sales   service ', 'after_sales'],
    ['pattern_mould', 'pattern_mould'],
  ])(
    'places "%s" on %s, Turkish-folded and case-insensitive, on id, Turkish or English',
    (name, stageId) => {
      expect(placeOrganisation({ valueChainStage: name }, machinery)).toEqual({
        stageId,
        by: 'stage_name',
      });
    },
  );

  it('prefers the named stage to the industry code', () => {
    expect(
      placeOrganisation({ valueChainStage: 'Casting', industryCode: '28.41' }, machinery),
    ).toEqual({ stageId: 'casting', by: 'stage_name' });
  });

  it('falls back to the code when the name is no stage, and says why when there is no code', () => {
    expect(
      placeOrganisation({ valueChainStage: 'Other', industryCode: 'C24.51' }, machinery),
    ).toEqual({ stageId: 'casting', by: 'industry_code', naceCode: '24.51' });
    expect(placeOrganisation({ valueChainStage: 'Diğer' }, machinery)).toEqual({
      stageId: null,
      reason: 'unknown_stage_name',
      unmatchedStageName: 'Diğer',
    });
  });
});

describe('placeOrganisation by industry code', () => {
  it.each([
    ['24.51', 'casting', '24.51'],
    ['C24.51', 'casting', '24.51'],
    ['2453', 'casting', '24.53'],
    ['28.41', 'assembly', '28'],
    ['c28', 'assembly', '28'],
    ['08.12', 'raw_materials', '08.12'],
  ])('places %s on %s (listed code %s)', (industryCode, stageId, naceCode) => {
    expect(placeOrganisation({ industryCode }, machinery)).toEqual({
      stageId,
      by: 'industry_code',
      naceCode,
    });
  });

  it.each([
    ['25.61', 'finishing', '25.61'],
    ['25.99', 'components', '25'],
    ['10.39', 'production', 'C'],
    ['33.12', 'after_sales', '33'],
    ['46.77', 'inputs', '46.77'],
    ['46.90', 'distribution', '46'],
  ])('lets the most specific code win: %s goes to %s by %s', (industryCode, stageId, naceCode) => {
    expect(placeOrganisation({ industryCode }, generic)).toEqual({
      stageId,
      by: 'industry_code',
      naceCode,
    });
  });

  it('leaves a support function’s code off the stages and names the function', () => {
    expect(placeOrganisation({ industryCode: '64.19' }, machinery)).toEqual({
      stageId: null,
      reason: 'support_function',
      supportFunctionId: 'finance',
      naceCode: '64.19',
    });
  });

  it('gives the reason when no stage fits', () => {
    expect(placeOrganisation({ industryCode: '56.10' }, machinery)).toEqual({
      stageId: null,
      reason: 'code_not_in_chain',
    });
    expect(placeOrganisation({ industryCode: '331511' }, machinery)).toEqual({
      stageId: null,
      reason: 'not_a_nace_code',
    });
    expect(placeOrganisation({ industryCode: '24' }, machinery)).toEqual({
      stageId: null,
      reason: 'code_not_in_chain',
    });
    expect(placeOrganisation({ valueChainStage: ' ', industryCode: null }, machinery)).toEqual({
      stageId: null,
      reason: 'no_stage_or_code',
    });
  });
});
