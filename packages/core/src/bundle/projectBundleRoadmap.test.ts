// The bundle's roadmap part: older bundles read with defaults, a whole roadmap reads, and what
// would not import (bad dates, budgets, units, answers and references) is reported by path.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SELF_ASSESSMENT_INDICATORS } from '../roadmap/defaultSelfAssessmentIndicators';
import { workshopTemplate } from '../workshop/workshopTemplates';
import { describeIssues, projectBundleSchema, type ProjectBundleInput } from './projectBundle';
import type { BundleRoadmapInput } from './projectBundleRoadmap';

const indicator = {
  name: 'Laboratuvar hizmeti alan firma',
  unit: 'firma',
  baseline: 0,
  baselineOn: '2026-01-01',
  target: 30,
  dueOn: '2028-06-30',
};
const action = {
  title: 'Ortak test laboratuvarı',
  layer: 'resources' as const,
  itemKeys: ['factor:w-factors:i2', 'gap:thin_stage:testing_certification'],
  ownerOrganisationKey: 'o-uni',
  partnerOrganisationKeys: ['o-firm'],
  startOn: '2026-01-15',
  endOn: '2028-06-30',
  budget: 12_500_000,
  fundingSource: 'İZKA',
  status: 'in_progress' as const,
  indicators: [{ ...indicator, values: [{ on: '2026-03-31', value: 4, unit: 'Firma' }] }],
};

function bundle(roadmap?: BundleRoadmapInput): ProjectBundleInput {
  return {
    format: 'kume-project-bundle',
    version: 1,
    project: { name: 'Yol Haritası Paketi' },
    organisations: [
      { key: 'o-uni', name: 'Körfez Teknik Üniversitesi', type: 'university' },
      { key: 'o-firm', name: 'Ege Döküm', type: 'firm' },
    ],
    visits: [],
    commitments: [],
    workshops: [
      {
        key: 'w-factors',
        title: 'Kilit başarı faktörleri',
        template: 'key_success_factors',
        code: 'KBF234',
        status: 'closed',
        definition: workshopTemplate('key_success_factors'),
      },
    ],
    ...(roadmap ? { roadmap } : {}),
  };
}

const problems = (input: ProjectBundleInput) => {
  const result = projectBundleSchema.safeParse(input);
  return result.success ? [] : describeIssues(result.error.issues);
};

describe('the bundle’s roadmap', () => {
  it('is empty in a bundle written before the roadmap: no settings, Kume’s indicator list, no records', () => {
    expect(projectBundleSchema.parse(bundle()).roadmap).toEqual({
      settings: null,
      selfAssessmentIndicators: null,
      items: [],
      actions: [],
      indicators: [],
      selfAssessments: [],
    });
  });

  it('reads settings, items with dismissals, actions with indicators and values, the roadmap’s indicators and self-assessments', () => {
    const { roadmap } = projectBundleSchema.parse(
      bundle({
        settings: { startsOn: '2026-01-01' },
        items: [
          {
            key: 'factor:w-factors:i2',
            kind: 'success_factor',
            title: { tr: 'Test altyapısı', en: 'Test altyapısı' },
            detail: { tr: '', en: '' },
            weight: 0.17,
            source: {
              kind: 'workshop',
              id: 'w-factors',
              label: { tr: 'KBF', en: 'KBF' },
              date: '2026-10-12',
            },
          },
          {
            key: 'cluster:Furniture',
            kind: 'cluster',
            title: { tr: 'Mobilya', en: 'Furniture' },
            detail: { tr: '', en: '' },
            source: { kind: 'statistics', id: 'd1', label: { tr: 'TR31', en: 'TR31' } },
            dismissed: true,
          },
        ],
        actions: [action],
        indicators: [{ ...indicator, presetCode: 'kdp_active_firms' }],
        selfAssessments: [
          {
            assessedOn: '2026-11-01',
            indicators: [...DEFAULT_SELF_ASSESSMENT_INDICATORS],
            answers: [{ indicatorId: 'members', value: 34 }],
          },
        ],
      }),
    );
    expect(roadmap.settings).toEqual({
      startsOn: '2026-01-01',
      coverage: { minFactorWeight: null, largeGapScore: 0.5 },
    });
    expect(roadmap.items.map((i) => [i.key, i.dismissed, i.sourceState])).toEqual([
      ['factor:w-factors:i2', false, 'present'],
      ['cluster:Furniture', true, 'present'],
    ]);
    expect(roadmap.actions[0]).toMatchObject({ currency: 'TRY', horizon: null, objective: '' });
    expect(roadmap.actions[0]?.indicators[0]?.values).toEqual([
      { on: '2026-03-31', value: 4, unit: 'Firma', note: '', recordedBy: null },
    ]);
    expect(roadmap.indicators[0]?.presetCode).toBe('kdp_active_firms');
    expect(roadmap.selfAssessments[0]?.answers).toEqual([
      { indicatorId: 'members', value: 34, evidence: '' },
    ]);
  });

  it('refuses an end before the start, a negative budget, a value in the wrong unit and a due date before the baseline', () => {
    const broken = {
      ...action,
      endOn: '2025-12-31',
      budget: -1,
      indicators: [
        {
          ...indicator,
          dueOn: '2025-06-30',
          values: [{ on: '2026-03-31', value: 12, unit: '%' }],
        },
      ],
    };
    expect(problems(bundle({ actions: [broken] }))).toEqual([
      'roadmap.actions[0].budget: the budget cannot be negative',
      'roadmap.actions[0].indicators[0].dueOn: the due date must be after the baseline date',
      'roadmap.actions[0].indicators[0].values[0].unit: this indicator is measured in firma, not %',
      'roadmap.actions[0].endOn: the end date 2025-12-31 is before the start date 2026-01-15',
    ]);
  });

  it('refuses an owner or partner that is no organisation, an owner as partner and a repeated item key', () => {
    const broken = {
      ...action,
      ownerOrganisationKey: 'o-gone',
      partnerOrganisationKeys: ['o-firm', 'o-firm', 'o-nobody'],
      itemKeys: ['gap:empty_stage:distribution', 'gap:empty_stage:distribution'],
    };
    expect(
      problems(bundle({ actions: [broken, { ...action, partnerOrganisationKeys: ['o-uni'] }] })),
    ).toEqual([
      'roadmap.actions[0].itemKeys[1]: the item gap:empty_stage:distribution is listed twice',
      'roadmap.actions[0].partnerOrganisationKeys[1]: the partner is listed twice',
      'roadmap.actions[1].partnerOrganisationKeys[0]: the owner is not also a partner',
      'roadmap.actions[0].ownerOrganisationKey: no organisation has key "o-gone"',
      'roadmap.actions[0].partnerOrganisationKeys[2]: no organisation has key "o-nobody"',
    ]);
  });

  it('keeps links to gaps, clusters and the bundle’s workshops without items, but not to a missing manual item or workshop', () => {
    const linking = (itemKeys: string[]) => bundle({ actions: [{ ...action, itemKeys }] });
    expect(
      problems(linking(['gap:empty_stage:distribution', 'cluster:Furniture', 'vision:w-factors'])),
    ).toEqual([]);
    expect(
      problems(linking(['manual:5b0c8c5e-1111-4c3a-9d7e-3f1f0e3b9a01', 'skill:w-gone:~cnc'])),
    ).toEqual([
      'roadmap.actions[0].itemKeys[0]: no roadmap item has the key "manual:5b0c8c5e-1111-4c3a-9d7e-3f1f0e3b9a01"',
      'roadmap.actions[0].itemKeys[1]: no roadmap item has the key "skill:w-gone:~cnc"',
    ]);
  });

  it('refuses two items with one key, a key that is no roadmap key and an answer to no indicator of its list', () => {
    const item = {
      key: 'manual:x',
      kind: 'success_factor' as const,
      title: { tr: 'Ortak marka', en: 'Ortak marka' },
      detail: { tr: '', en: '' },
      source: { kind: 'manual' as const, id: 'x', label: { tr: 'Elle', en: 'By hand' } },
    };
    expect(
      problems(
        bundle({
          items: [item, item, { ...item, key: 'idea:1' }],
          selfAssessments: [
            {
              assessedOn: '2026-11-01',
              indicators: [...DEFAULT_SELF_ASSESSMENT_INDICATORS],
              answers: [{ indicatorId: 'unknown', value: 1 }],
            },
          ],
        }),
      ),
    ).toEqual([
      'roadmap.items[2].key: not a roadmap item key',
      'roadmap.selfAssessments[0].answers[0].indicatorId: no indicator of the assessment has the id unknown',
      'roadmap.items[1].key: duplicate key "manual:x"',
    ]);
  });
});
