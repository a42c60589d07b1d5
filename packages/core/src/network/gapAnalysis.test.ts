import { describe, expect, it } from 'vitest';
import { gapAnalysis, type GapOrganisation, type GapRelation } from './gapAnalysis';
import { valueChainSchema } from './valueChainSchema';
import { stage } from './valueChainSupportFunctions';

// raw -> casting -> machining -> assembly, and pattern -> casting.
const chain = valueChainSchema.parse({
  name: { tr: 'Deneme', en: 'Test' },
  stages: [
    stage('raw', ['Hammadde', 'Raw materials'], ['', ''], ['08.12'], ['casting']),
    stage(
      'pattern',
      ['Model ve kalıp yapımı', 'Pattern and mould making'],
      ['', ''],
      ['25.73'],
      ['casting'],
    ),
    stage('casting', ['Döküm', 'Casting'], ['', ''], ['24.51']),
    stage('machining', ['Talaşlı imalat', 'Machining'], ['', ''], ['25.62']),
    stage('assembly', ['Makine montajı', 'Machinery assembly'], ['', ''], ['28']),
  ],
});

const firm = (
  id: string,
  stageId: string,
  extra: Partial<GapOrganisation> = {},
): GapOrganisation => ({
  id,
  type: 'firm',
  stageId,
  employees: 10,
  ...extra,
});

/** Three firms on every stage but pattern; each supplying pair tied once. */
const organisations: GapOrganisation[] = [
  ...['r1', 'r2', 'r3'].map((id) => firm(id, 'raw')),
  ...['c1', 'c2', 'c3'].map((id) => firm(id, 'casting')),
  ...['m1', 'm2', 'm3'].map((id) => firm(id, 'machining')),
  ...['a1', 'a2', 'a3'].map((id) => firm(id, 'assembly')),
  { id: 'u1', type: 'university', stageId: 'pattern' },
];
const ties: GapRelation[] = [
  { source: 'c1', target: 'r1', type: 'supplier', location: 'same_city' },
  { source: 'm1', target: 'c1', type: 'supplier', location: 'same_city' },
  { source: 'a1', target: 'm1', type: 'supplier', location: 'same_region' },
];

const kinds = (gaps: { kind: string }[]) => gaps.map((g) => g.kind);

describe('gapAnalysis', () => {
  it('reports a stage with no local firm as empty, first, whatever other organisations it has', () => {
    const { gaps } = gapAnalysis({ chain, organisations, relations: ties });
    expect(gaps).toEqual([
      {
        kind: 'empty_stage',
        stage: 'pattern',
        score: 1,
        evidence: { actors: 0, otherOrganisations: 1, employees: 0, committedActors: 0 },
        suggestion: {
          tr: 'Model ve kalıp yapımı aşamasında yerel firma yok: bu alana yatırımcı çekin ya da yerel kapasite geliştirin.',
          en: 'No local firm in Pattern and mould making: attract an investor or develop local capacity.',
        },
      },
    ]);
  });

  it('reports a stage with fewer firms than minActorsPerStage as thin, scored by how few', () => {
    const few = organisations.filter((o) => o.id !== 'm2' && o.id !== 'm3');
    few.push(
      firm('p1', 'pattern', { commitment: 5 }),
      firm('p2', 'pattern'),
      firm('p3', 'pattern'),
    );
    few.push({ ...firm('p4', 'pattern'), type: 'supplier' });
    const { gaps } = gapAnalysis({
      chain,
      organisations: few,
      relations: [...ties, { source: 'c2', target: 'p1', type: 'supplier' }],
    });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      kind: 'thin_stage',
      stage: 'machining',
      evidence: { actors: 1, employees: 10 },
      suggestion: { en: expect.stringMatching(/^Only 1 local firm in Machining: /) },
    });
    expect(gaps[0]?.score).toBeCloseTo(0.8 * (2 / 3), 12);
    const stricter = gapAnalysis(
      { chain, organisations: few, relations: ties },
      { minActorsPerStage: 5 },
    );
    expect(stricter.gaps.find((g) => g.stage === 'pattern')?.evidence).toMatchObject({
      actors: 4,
      committedActors: 1,
    });
  });

  it('reports a stage whose firms buy mostly outside the region, weighting by share when all give one', () => {
    const relations: GapRelation[] = [
      ...ties,
      // c1: 60 of 100 abroad -> 0.6 (weighted by share)
      { source: 'c1', target: 'x1', type: 'supplier', location: 'abroad', sharePercent: 60 },
      { source: 'c1', target: 'r2', type: 'supplier', location: 'same_city', sharePercent: 30 },
      // c2: one of three has no share -> counted equally, 2 of 3 outside
      { source: 'c2', target: 'x2', type: 'supplier', location: 'same_country', sharePercent: 50 },
      { source: 'c2', target: 'x3', type: 'subcontractor', location: 'abroad' },
      { source: 'c2', target: 'r3', type: 'supplier', location: 'same_region' },
      // not purchases, or of unknown place: left out
      { source: 'c3', target: 'x4', type: 'customer', location: 'abroad' },
      { source: 'c3', target: 'x5', type: 'supplier' },
    ];
    const { gaps } = gapAnalysis({ chain, organisations, relations });
    const outside = gaps.find((g) => g.kind === 'inputs_from_outside');
    expect(outside).toMatchObject({
      stage: 'casting',
      evidence: { firmsReporting: 2, relations: 6 },
    });
    // c1's tie to r1 has no share, so its purchases count equally: 1 of 3 outside; c2: 2 of 3.
    expect(outside?.evidence.outsideShare).toBeCloseTo((1 / 3 + 2 / 3) / 2, 12);
    expect(outside?.score).toBeCloseTo(0.45, 12);
    expect(outside?.suggestion.en).toBe(
      "50% of the Casting firms' purchases come from outside the region: develop local suppliers or attract supplier investment.",
    );
    expect(outside?.suggestion.tr).toMatch(
      /^Döküm firmalarının satın alımlarında bölge dışının payı %50: /,
    );

    const weighted = relations.map((r) => (r.target === 'r1' ? { ...r, sharePercent: 10 } : r));
    const byShare = gapAnalysis({ chain, organisations, relations: weighted }).gaps.find(
      (g) => g.kind === 'inputs_from_outside',
    );
    // c1: 60 / (10 + 60 + 30) = 0.6; c2: 2/3 -> mean 0.6333
    expect(byShare?.evidence.outsideShare).toBeCloseTo((0.6 + 2 / 3) / 2, 12);
    expect(byShare?.suggestion.en).toMatch(/^63% of the Casting firms' purchases/);
  });

  it('does not judge outside purchases below the threshold or with too few firms reporting', () => {
    const relations: GapRelation[] = [
      ...ties,
      { source: 'c1', target: 'x1', type: 'supplier', location: 'abroad' },
    ];
    expect(kinds(gapAnalysis({ chain, organisations, relations }).gaps)).not.toContain(
      'inputs_from_outside',
    );
    const one = gapAnalysis({ chain, organisations, relations }, { minFirmsReporting: 1 });
    expect(one.gaps.find((g) => g.kind === 'inputs_from_outside')?.evidence.outsideShare).toBe(0.5);
    const strict = gapAnalysis(
      { chain, organisations, relations },
      { minFirmsReporting: 1, minOutsideShare: 0.6 },
    );
    expect(kinds(strict.gaps)).not.toContain('inputs_from_outside');
  });

  it('reports supplying stages with firms on both sides but no tie between them, either direction counting', () => {
    const relations = ties.filter((r) => r.source !== 'm1');
    const { gaps } = gapAnalysis({ chain, organisations, relations });
    expect(gaps.filter((g) => g.kind === 'no_ties_between_stages')).toEqual([
      {
        kind: 'no_ties_between_stages',
        stages: ['casting', 'machining'],
        score: 0.6,
        evidence: { ties: 0, actorsFrom: 3, actorsTo: 3 },
        suggestion: {
          tr: 'Döküm ile Talaşlı imalat arasında hiç bağ yok: iki aşamanın firmalarını tedarikçi günleri, eşleştirme toplantıları ve ortak projelerle buluşturun.',
          en: "No tie between Casting and Machining: bring the two stages' firms together through supplier days, matchmaking meetings and joint projects.",
        },
      },
    ]);
    const reversed = [...relations, { source: 'c2', target: 'm2', type: 'customer' as const }];
    expect(kinds(gapAnalysis({ chain, organisations, relations: reversed }).gaps)).not.toContain(
      'no_ties_between_stages',
    );
  });

  it('counts a tie reported by both sides once against minTiesBetweenStages', () => {
    const both = [...ties, { source: 'c1', target: 'm1', type: 'customer' as const }];
    const { gaps } = gapAnalysis(
      { chain, organisations, relations: both },
      { minTiesBetweenStages: 2 },
    );
    const castingMachining = gaps.find((g) => g.stages?.[0] === 'casting');
    expect(castingMachining?.evidence.ties).toBe(1);
    expect(castingMachining?.score).toBeCloseTo(0.3, 12);
    expect(castingMachining?.suggestion.en).toMatch(/^Only 1 tie between Casting and Machining/);
  });

  it('reports supplier industries with a large coefficient and LQ below 1, scored against the largest', () => {
    const input = {
      chain,
      organisations,
      relations: ties,
      io: [
        { industry: '24.10', name: 'Basic iron and steel', coefficient: 0.12 },
        { industry: '08.12', name: 'Foundry sand', coefficient: 0.04 },
        { industry: '20.59', name: 'Binders', coefficient: 0.02 },
        { industry: '23.20', coefficient: 0.005 },
      ],
      statistics: [
        { industry: 'C24.10', locationQuotient: 1.4 },
        { industry: '0812', locationQuotient: 0.3 },
        { industry: '23.20', locationQuotient: 0.1 },
      ],
    };
    const { gaps, unassessedIndustries } = gapAnalysis(input);
    expect(gaps.filter((g) => g.kind === 'weak_supplier_industry')).toEqual([
      {
        kind: 'weak_supplier_industry',
        industry: '08.12',
        score: 0.9 * (0.04 / 0.12) * (1 - 0.3),
        evidence: { coefficient: 0.04, locationQuotient: 0.3 },
        suggestion: {
          tr: 'Foundry sand tedariki: katsayı 0,04, bölgede LQ 0,3: bu sektörde tedarikçi yatırımı çekin ya da yerel tedarikçileri geliştirin.',
          en: 'Foundry sand supply: coefficient 0.04, LQ 0.3 in the region: attract supplier investment in this industry or develop local suppliers.',
        },
      },
    ]);
    expect(unassessedIndustries).toEqual(['20.59']);
    expect(kinds(gapAnalysis({ ...input, statistics: undefined }).gaps)).not.toContain(
      'weak_supplier_industry',
    );
  });

  it('places organisations without a stage by name or code, and ranks all gaps by score', () => {
    const unplaced: GapOrganisation[] = [
      { id: 'n1', type: 'firm', valueChainStage: 'MODEL VE KALIP YAPIMI' },
      { id: 'n2', type: 'firm', industryCode: 'C25.73' },
      { id: 'n3', type: 'firm', industryCode: '64.19' },
    ];
    const few = organisations.filter((o) => !['m2', 'm3', 'a2', 'a3'].includes(o.id));
    const { gaps, stageOf } = gapAnalysis({
      chain,
      organisations: [...few, ...unplaced],
      relations: [],
    });
    expect([stageOf.get('n1'), stageOf.get('n2'), stageOf.get('n3')]).toEqual([
      'pattern',
      'pattern',
      null,
    ]);
    expect(gaps.map((g) => [g.kind, g.stage ?? g.stages?.join('>')])).toEqual([
      ['no_ties_between_stages', 'raw>casting'], // 0.6
      ['no_ties_between_stages', 'pattern>casting'],
      ['no_ties_between_stages', 'casting>machining'],
      ['no_ties_between_stages', 'machining>assembly'],
      ['thin_stage', 'machining'], // 0.8 x (1 - 1/3)
      ['thin_stage', 'assembly'],
      ['thin_stage', 'pattern'], // 0.8 x (1 - 2/3)
    ]);
    expect(
      gapAnalysis({ chain, organisations: [...few, ...unplaced], relations: [] }).gaps,
    ).toEqual(gaps);
  });
});
