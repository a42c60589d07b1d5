// The relation answers of the sample's respondents: partners chosen along the value chain (a
// foundry buys from sand suppliers and pattern shops, sells to machining and assembly firms),
// some reported by both sides, and two partners the registry does not have yet.

import type { RelationAnswer } from '../survey/answers';
import { matchingRelationType } from '../survey/matchingRelationType';
import type { RelationType } from '../survey/relationTypes';
import type { SampleRandom } from './sampleRandom';

export interface RelationPartner {
  key: string;
  name: string;
  type: string;
  valueChainStage?: string | null;
  city?: string | null;
}

/** The relation question of the firm interview that asks for each relation type. */
export const RELATION_QUESTION: Record<RelationType, string> = {
  supplier: 'suppliers',
  customer: 'customers',
  subcontractor: 'subcontractors',
  rd_partner: 'rd_partners',
  training_partner: 'training_partners',
  export_partner: 'export_partners',
};

/** Where a stage buys from. Customers are the reverse: the stages that buy from it. */
const SUPPLIER_STAGES: Record<string, readonly string[]> = {
  Casting: ['Raw materials', 'Pattern and mould making'],
  Machining: ['Casting', 'Raw materials'],
  'Machinery assembly': ['Casting', 'Machining'],
  'Pattern and mould making': ['Raw materials', 'Design and engineering'],
  Finishing: ['Raw materials'],
  'Raw materials': ['Distribution'],
  'Design and engineering': ['Testing and certification'],
  'Testing and certification': ['Raw materials'],
  Distribution: ['After-sales service'],
  'After-sales service': ['Machining', 'Machinery assembly'],
};
const SUBCONTRACTOR_STAGES: Record<string, readonly string[]> = {
  'Machinery assembly': ['Machining', 'Finishing'],
  Casting: ['Machining', 'Finishing'],
  Machining: ['Finishing'],
  'Pattern and mould making': ['Machining'],
};

/** At most this many partners per response, across the six relation questions. */
const MAX_PER_RESPONSE = 8;
/** At most this many partners per question (the template's maxItems). */
const MAX_PER_QUESTION = 5;

type Plan = Map<string, { type: RelationType; answer: RelationAnswer }[]>;

/**
 * Relation answers per respondent key, grouped by question id. Each respondent names 4 to 8
 * partners; about half of the ties between two respondents are reported by both; each name of
 * `unlisted` (partners outside the registry) is typed by two respondents.
 */
export function sampleRelationAnswers(
  respondents: readonly (RelationPartner & { exports: boolean })[],
  organisations: readonly RelationPartner[],
  unlisted: readonly RelationPartner[],
  { pick, between, chance, some }: SampleRandom,
): Map<string, Record<string, RelationAnswer[]>> {
  const plan: Plan = new Map(respondents.map((r) => [r.key, []]));
  const stageOf = (o: RelationPartner) => o.valueChainStage ?? '';
  const withStage = (stages: readonly string[] = [], self: string) =>
    organisations.filter((o) => o.key !== self && stages.includes(stageOf(o)));
  const ofType = (...types: string[]) => organisations.filter((o) => types.includes(o.type));
  const location = (o: RelationPartner) =>
    o.city === 'İzmir' || !o.city
      ? 'same_city'
      : o.city === 'Manisa'
        ? 'same_region'
        : 'same_country';
  const details = (type: RelationType): Omit<RelationAnswer, 'organisationId'> =>
    ['supplier', 'customer', 'subcontractor'].includes(type)
      ? {
          sharePercent: between(1, 9) * 5,
          frequency: pick(['daily', 'weekly', 'weekly', 'monthly'] as const),
        }
      : { frequency: pick(['occasional', 'occasional', 'monthly'] as const) };
  const add = (from: string, type: RelationType, partner: RelationPartner, named = false) => {
    const list = plan.get(from);
    if (!list || list.length >= MAX_PER_RESPONSE) return false;
    if (list.filter((p) => p.type === type).length >= MAX_PER_QUESTION) return false;
    if (list.some((p) => p.type === type && p.answer.organisationId === partner.key)) return false;
    const target = named ? { organisationName: partner.name } : { organisationId: partner.key };
    list.push({ type, answer: { ...target, ...details(type), location: location(partner) } });
    return true;
  };

  for (const r of respondents) {
    const customers = organisations.filter(
      (o) => o.key !== r.key && (SUPPLIER_STAGES[stageOf(o)] ?? []).includes(stageOf(r)),
    );
    const candidates: [RelationType, RelationPartner[], number][] = [
      ['supplier', withStage(SUPPLIER_STAGES[stageOf(r)], r.key), between(1, 2)],
      ['customer', customers, between(1, 2)],
      ['subcontractor', withStage(SUBCONTRACTOR_STAGES[stageOf(r)], r.key), between(0, 1)],
      [
        'rd_partner',
        [...ofType('university'), ...withStage(['Design and engineering'], r.key)],
        between(0, 1),
      ],
      ['training_partner', ofType('university', 'ngo', 'chamber'), between(0, 1)],
      [
        'export_partner',
        [...withStage(['Distribution'], r.key), ...ofType('chamber')],
        r.exports ? 1 : 0,
      ],
    ];
    for (const [type, pool, count] of candidates) {
      for (const partner of some(pool, count)) add(r.key, type, partner);
    }
    // Everyone names at least four partners: top up with customers and training partners.
    const fallback = [...customers, ...ofType('university', 'chamber', 'ngo')];
    for (let tries = 0; (plan.get(r.key)?.length ?? 0) < 4 && tries < 20; tries += 1) {
      const partner = pick(fallback);
      add(r.key, customers.includes(partner) ? 'customer' : 'training_partner', partner);
    }
  }

  // Half the ties between two respondents are also reported from the other side.
  const isRespondent = new Set(respondents.map((r) => r.key));
  const byKey = new Map([...respondents, ...organisations].map((o) => [o.key, o]));
  for (const [from, list] of plan) {
    for (const { type, answer } of [...list]) {
      const to = answer.organisationId;
      if (to && isRespondent.has(to) && chance(0.5)) {
        const reporter = byKey.get(from);
        if (reporter) add(to, matchingRelationType(type), reporter);
      }
    }
  }

  // Partners outside the registry: each typed by two respondents that still have room.
  const withRoom = respondents.filter((r) => (plan.get(r.key)?.length ?? 0) < MAX_PER_RESPONSE);
  unlisted.forEach((partner, i) => {
    for (const r of withRoom.slice(i * 2, i * 2 + 2)) add(r.key, 'supplier', partner, true);
  });

  return new Map(
    [...plan].map(([key, list]) => {
      const answers: Record<string, RelationAnswer[]> = {};
      for (const { type, answer } of list) (answers[RELATION_QUESTION[type]] ??= []).push(answer);
      return [key, answers];
    }),
  );
}
