// The three workshops of the cluster process as ready-made definitions (TR/EN): vision, key success
// factors, requisite skills and capabilities; and the Delphi round between meetings. A facilitator
// may start from one and change its rounds.

import {
  type RoundDefinitionInput,
  type WorkshopDefinition,
  workshopDefinitionSchema,
  type WorkshopTemplateId,
} from './workshopModel';

export type BuiltInTemplateId = Exclude<WorkshopTemplateId, 'custom'>;
export const BUILT_IN_TEMPLATE_IDS: readonly BuiltInTemplateId[] = [
  'vision',
  'key_success_factors',
  'requisite_skills',
  'delphi',
];

export interface WorkshopTemplateOptions {
  /** How the key success factors are weighted (default pairwise comparison, AHP). */
  weighting?: 'pairwise' | 'points';
  /** The project's success factors: the headings skills are listed under (requisite skills). */
  factors?: readonly { id: string; text: string }[];
  /** The facilitator casts a ballot in every voting round too (default false: they moderate). */
  facilitatorVotes?: boolean;
  /**
   * Delphi: the items rated (each at most MAX_ITEM_LENGTH characters); the server defaults them to
   * the project's weighted success factors. Without items the group lists them first.
   */
  items?: readonly string[];
  /** Delphi: iterations at most, 2 to 4 (default 3). */
  maxIterations?: number;
}

const rateOneToFive = { method: 'rating', scale: { min: 1, max: 5 }, anonymous: true } as const;

function visionRounds(): RoundDefinitionInput[] {
  return [
    {
      id: 'vision',
      kind: 'vision',
      result: 'vision',
      title: { tr: 'Vizyon', en: 'Vision' },
      prompt: {
        tr: 'On yıl sonra kümemiz nerede olmalı? Vizyonunuzu tek cümleyle yazın.',
        en: 'Where should our cluster be in ten years? Write your vision in one sentence.',
      },
      phases: ['brainstorm', 'group', 'vote', 'decide'],
      voting: { method: 'dots', dotsPerPerson: 5, maxDotsPerItem: 3 },
      timerSeconds: 600,
    },
  ];
}

function successFactorRounds(weighting: 'pairwise' | 'points'): RoundDefinitionInput[] {
  return [
    {
      id: 'factors',
      kind: 'factors',
      result: 'factors',
      title: { tr: 'Kilit başarı faktörleri', en: 'Key success factors' },
      prompt: {
        tr: 'Kümenin başarılı olması için neyi iyi yapması gerekir? Her faktörü ayrı yazın.',
        en: 'What must the cluster do well to succeed? Write each factor separately.',
      },
      phases: ['brainstorm', 'group', 'vote', 'decide'],
      voting: { method: 'dots', dotsPerPerson: 5, maxDotsPerItem: 2 },
      timerSeconds: 600,
    },
    {
      id: 'weighting',
      kind: 'weighting',
      result: 'factor_weight',
      itemsFrom: 'factors',
      title: { tr: 'Faktörlerin önemi', en: 'Weight of the factors' },
      prompt:
        weighting === 'pairwise'
          ? {
              tr: 'Her iki faktörü karşılaştırın: hangisi daha önemli, ne kadar?',
              en: 'Compare each pair of factors: which matters more, and how much?',
            }
          : {
              tr: '100 puanı faktörlere önemlerine göre dağıtın.',
              en: 'Share 100 points among the factors by their importance.',
            },
      phases: ['vote'],
      voting: { method: weighting, points: 100, anonymous: true },
    },
    {
      id: 'performance',
      kind: 'performance',
      result: 'factor_performance',
      itemsFrom: 'factors',
      title: { tr: 'Bugünkü performans', en: 'Current performance' },
      prompt: {
        tr: 'Küme bugün her faktörde ne kadar iyi? (1 çok zayıf, 5 çok güçlü)',
        en: 'How well does the cluster do on each factor today? (1 very weak, 5 very strong)',
      },
      phases: ['vote'],
      voting: rateOneToFive,
    },
  ];
}

function skillRating(
  id: 'skill_importance' | 'skill_current' | 'skill_required',
  title: { tr: string; en: string },
  prompt: { tr: string; en: string },
): RoundDefinitionInput {
  return {
    id,
    kind: 'skills',
    result: id,
    itemsFrom: 'skills',
    title,
    prompt,
    phases: ['vote'],
    voting: rateOneToFive,
  };
}

function skillRounds(factors: readonly { id: string; text: string }[]): RoundDefinitionInput[] {
  return [
    {
      id: 'skills',
      kind: 'skills',
      result: 'skills',
      title: { tr: 'Gerekli beceri ve yetkinlikler', en: 'Requisite skills and capabilities' },
      prompt: {
        tr: 'Her başarı faktörü için kümenin hangi beceri ve yetkinliklere ihtiyacı var?',
        en: 'Which skills and capabilities does the cluster need for each success factor?',
      },
      phases: ['brainstorm', 'group', 'decide'],
      ...(factors.length > 0 ? { categories: factors.map(({ id, text }) => ({ id, text })) } : {}),
      timerSeconds: 900,
    },
    skillRating(
      'skill_importance',
      { tr: 'Önem', en: 'Importance' },
      { tr: 'Bu beceri ne kadar önemli? (1-5)', en: 'How important is this skill? (1-5)' },
    ),
    skillRating(
      'skill_current',
      { tr: 'Bugünkü düzey', en: 'Current level' },
      {
        tr: 'Kümede bugün hangi düzeyde? (1-5)',
        en: 'At what level is it in the cluster today? (1-5)',
      },
    ),
    skillRating(
      'skill_required',
      { tr: 'Gereken düzey', en: 'Required level' },
      { tr: 'Hangi düzeyde olması gerekir? (1-5)', en: 'At what level should it be? (1-5)' },
    ),
  ];
}

/**
 * One anonymous rating round (1-5, totals hidden) repeated in the Delphi manner, for members who
 * answer between meetings; a vote phase only when the items are given.
 */
function delphiRounds(items: readonly string[], maxIterations: number): RoundDefinitionInput[] {
  return [
    {
      id: 'delphi',
      kind: 'poll',
      title: { tr: 'Toplantılar arası değerlendirme', en: 'Rating between meetings' },
      prompt: {
        tr: 'Her maddenin küme için önemini puanlayın (1 çok düşük, 5 çok yüksek). Sonraki turda grubun önceki yanıtlarını görerek yeniden puanlayacaksınız.',
        en: 'Rate how much each item matters for the cluster (1 very little, 5 very much). In the next iteration you rate again, seeing the group’s previous answers.',
      },
      phases: items.length > 0 ? ['vote'] : ['brainstorm', 'vote'],
      ...(items.length > 0 ? { items: [...items] } : {}),
      voting: { ...rateOneToFive, totalsHidden: true },
      delphi: { maxIterations },
    },
  ];
}

const TITLES: Record<BuiltInTemplateId, { tr: string; en: string }> = {
  vision: { tr: 'Vizyon çalıştayı', en: 'Vision workshop' },
  key_success_factors: {
    tr: 'Kilit başarı faktörleri çalıştayı',
    en: 'Key success factors workshop',
  },
  requisite_skills: {
    tr: 'Gerekli beceri ve yetkinlikler çalıştayı',
    en: 'Requisite skills and capabilities workshop',
  },
  delphi: { tr: 'Toplantılar arası (Delphi)', en: 'Between meetings (Delphi)' },
};

/** A built-in workshop, ready to run; see WorkshopTemplateOptions for what can be chosen. */
export function workshopTemplate(
  templateId: BuiltInTemplateId,
  options: WorkshopTemplateOptions = {},
): WorkshopDefinition {
  const rounds =
    templateId === 'vision'
      ? visionRounds()
      : templateId === 'key_success_factors'
        ? successFactorRounds(options.weighting ?? 'pairwise')
        : templateId === 'delphi'
          ? delphiRounds(options.items ?? [], options.maxIterations ?? 3)
          : skillRounds(options.factors ?? []);
  const facilitatorVotes = options.facilitatorVotes ?? false;
  return workshopDefinitionSchema.parse({
    templateId,
    title: TITLES[templateId],
    // Members answer from wherever they are, when they can: no name asked.
    ...(templateId === 'delphi' ? { anonymousJoin: true } : {}),
    rounds: rounds.map((round) =>
      round.voting ? { ...round, voting: { ...round.voting, facilitatorVotes } } : round,
    ),
  });
}
