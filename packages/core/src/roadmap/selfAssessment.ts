// The cluster-management self-assessment, in the manner of the European Cluster Excellence
// benchmarking: an editable list of indicators in areas, each with thresholds and the evidence
// that supports an answer, and the answers of one assessment.

import { z } from 'zod';
import { storableText } from '../event/eventInput';
import { localTextSchema } from '../survey/localText';

/**
 * The areas ESCA's benchmarking groups its indicators in: the structure of the cluster, its
 * management and governance, the financing of the management, its services, contacts and
 * interaction within the cluster, achievements and recognition.
 */
export const SELF_ASSESSMENT_AREAS = [
  'structure',
  'governance',
  'financing',
  'services',
  'interaction',
  'achievements',
] as const;
export type SelfAssessmentArea = (typeof SELF_ASSESSMENT_AREAS)[number];

export const SELF_ASSESSMENT_AREA_NAMES: Record<SelfAssessmentArea, { tr: string; en: string }> = {
  structure: { tr: 'Kümenin yapısı', en: 'Structure of the cluster' },
  governance: { tr: 'Küme yönetimi ve yönetişim', en: 'Cluster management and governance' },
  financing: { tr: 'Küme yönetiminin finansmanı', en: 'Financing of the cluster management' },
  services: { tr: 'Hizmetler', en: 'Services' },
  interaction: { tr: 'Küme içi iletişim ve etkileşim', en: 'Contacts and interaction' },
  achievements: { tr: 'Başarılar ve tanınırlık', en: 'Achievements and recognition' },
};

/**
 * The levels an answer reaches, named after ESCA's Bronze, Silver and Gold labels. They are
 * thresholds of this self-assessment, not the labels, which only ESCA's benchmarking awards.
 */
export const SELF_ASSESSMENT_LEVELS = ['below', 'bronze', 'silver', 'gold'] as const;
export type SelfAssessmentLevel = (typeof SELF_ASSESSMENT_LEVELS)[number];

const bilingual = localTextSchema.refine(
  (text) => text.tr !== '' || text.en !== '',
  'write it in at least one language',
);

export const selfAssessmentIndicatorSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,59}$/, 'lower-case letters, digits and _ (members_total)'),
    area: z.enum(SELF_ASSESSMENT_AREAS),
    name: bilingual,
    unit: bilingual,
    /** Whether a higher value is better (most) or a lower one (a dependence on one funder). */
    direction: z.enum(['higher', 'lower']).default('higher'),
    /** The value each level needs (reached at or above it, or at or below it when lower is better). */
    thresholds: z.object({ bronze: z.number(), silver: z.number(), gold: z.number() }),
    /** For a maturity scale: the meaning of the values 0, 1, 2, ... in order. */
    scale: z.array(bilingual).max(10).default([]),
    /** The evidence that supports an answer: what a benchmarking expert would ask to see. */
    evidence: localTextSchema,
  })
  .superRefine((indicator, context) => {
    const { bronze, silver, gold } = indicator.thresholds;
    const ordered =
      indicator.direction === 'higher'
        ? bronze <= silver && silver <= gold
        : bronze >= silver && silver >= gold;
    if (!ordered)
      context.addIssue({
        code: 'custom',
        path: ['thresholds'],
        message:
          indicator.direction === 'higher'
            ? 'the thresholds must rise from bronze to gold'
            : 'the thresholds must fall from bronze to gold when lower is better',
      });
  });
export type SelfAssessmentIndicator = z.output<typeof selfAssessmentIndicatorSchema>;
export type SelfAssessmentIndicatorRaw = z.input<typeof selfAssessmentIndicatorSchema>;

/** A project's list of indicators: at least one, ids unique. */
export const selfAssessmentIndicatorsSchema = z
  .array(selfAssessmentIndicatorSchema)
  .min(1)
  .max(100)
  .superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((indicator, index) => {
      if (seen.has(indicator.id))
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `the indicator id ${indicator.id} is used twice`,
        });
      seen.add(indicator.id);
    });
  });

export const selfAssessmentAnswerSchema = z.object({
  indicatorId: z.string().min(1).max(60),
  /** Null: not known yet (counts as unanswered). */
  value: z.number().nullable(),
  evidence: storableText(0, 2_000).default(''),
});
export type SelfAssessmentAnswer = z.output<typeof selfAssessmentAnswerSchema>;

/** One assessment's answers: each indicator at most once. */
export const selfAssessmentAnswersSchema = z
  .array(selfAssessmentAnswerSchema)
  .max(100)
  .superRefine((answers, context) => {
    const seen = new Set<string>();
    answers.forEach((answer, index) => {
      if (seen.has(answer.indicatorId))
        context.addIssue({
          code: 'custom',
          path: [index, 'indicatorId'],
          message: `the indicator ${answer.indicatorId} is answered twice`,
        });
      seen.add(answer.indicatorId);
    });
  });
