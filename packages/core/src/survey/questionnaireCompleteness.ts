// Which texts of a questionnaire lack their Turkish or English version: a questionnaire opens to
// respondents only when this list is empty.

import type { LocalText } from './localText';
import type { Questionnaire } from './questionnaire';

export type MissingTranslation = { path: string; language: 'tr' | 'en' };

/**
 * Every text that lacks one language, as a dotted path ending in the language
 * (`definition.pages.0.questions.3.choices.2.text.tr`). Titles, choices, matrix rows and
 * columns and Likert end labels need both languages; optional texts (descriptions, page titles,
 * number units) are reported only when half-filled, since leaving them out in both is fine.
 * `prefix` is where the questionnaire sits in the request (`definition` in the API).
 */
export function missingTranslations(
  questionnaire: Questionnaire,
  prefix = 'definition',
): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  const check = (text: LocalText | undefined, path: string, optional: boolean) => {
    const hasTr = Boolean(text?.tr.trim());
    const hasEn = Boolean(text?.en.trim());
    if (optional && !hasTr && !hasEn) return;
    if (!hasTr) missing.push({ path: `${path}.tr`, language: 'tr' });
    if (!hasEn) missing.push({ path: `${path}.en`, language: 'en' });
  };
  const at = (...parts: (string | number)[]) =>
    [prefix, ...parts].filter((p) => p !== '').join('.');

  check(questionnaire.title, at('title'), false);
  check(questionnaire.description, at('description'), true);
  questionnaire.pages.forEach((page, p) => {
    check(page.title, at('pages', p, 'title'), true);
    page.questions.forEach((question, q) => {
      const base = at('pages', p, 'questions', q);
      check(question.title, `${base}.title`, false);
      check(question.description, `${base}.description`, true);
      question.choices?.forEach((choice, c) =>
        check(choice.text, `${base}.choices.${c}.text`, false),
      );
      if (question.likert) {
        check(question.likert.minLabel, `${base}.likert.minLabel`, false);
        check(question.likert.maxLabel, `${base}.likert.maxLabel`, false);
      }
      check(question.number?.unit, `${base}.number.unit`, true);
      question.matrix?.rows.forEach((row, r) =>
        check(row.text, `${base}.matrix.rows.${r}.text`, false),
      );
      question.matrix?.columns.forEach((column, c) =>
        check(column.text, `${base}.matrix.columns.${c}.text`, false),
      );
    });
  });
  return missing;
}
