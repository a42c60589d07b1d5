// Shorthands for writing the questionnaire templates: Turkish first, then English, as the
// agency's field staff read them.

import type { z } from 'zod';
import type { questionnaireSchema } from '../questionnaire';

/** A template as written, before `questionnaireSchema` fills in the defaults. */
export type QuestionnaireDraft = z.input<typeof questionnaireSchema>;
type LocalTextDraft = { tr: string; en: string };
type ChoiceDraft = { value: string; text: LocalTextDraft };

/** A text in Turkish and English. */
export const t = (tr: string, en: string): LocalTextDraft => ({ tr, en });

/** Choices from `[value, Turkish, English]` triples. */
export const choices = (...items: readonly [string, string, string][]): ChoiceDraft[] =>
  items.map(([value, tr, en]) => ({ value, text: t(tr, en) }));

/** A five-point Likert scale with its end labels. */
export const likert5 = (minTr: string, minEn: string, maxTr: string, maxEn: string) => ({
  points: 5 as const,
  minLabel: t(minTr, minEn),
  maxLabel: t(maxTr, maxEn),
});

/** The five-point importance scale of the barrier and priority matrices. */
export const IMPORTANCE_COLUMNS = choices(
  ['1', 'Hiç önemli değil', 'Not important'],
  ['2', 'Az önemli', 'Slightly important'],
  ['3', 'Orta derecede önemli', 'Moderately important'],
  ['4', 'Çok önemli', 'Very important'],
  ['5', 'Son derece önemli', 'Extremely important'],
);
