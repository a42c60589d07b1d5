// Text in both of Kume's languages: every question, choice and title of a questionnaire has a
// Turkish and an English version.

import { z } from 'zod';

export const localTextSchema = z.object({
  tr: z.string().trim().max(2_000),
  en: z.string().trim().max(2_000),
});
export type LocalText = z.output<typeof localTextSchema>;

/** The text in `language`, falling back to the other language when it is empty. */
export function localText(text: LocalText | undefined, language: string): string {
  if (!text) return '';
  const wanted = language === 'tr' ? text.tr : text.en;
  return wanted || (language === 'tr' ? text.en : text.tr);
}

/** Both languages filled: what publishing a questionnaire requires. */
export function isComplete(text: LocalText | undefined): boolean {
  return Boolean(text && text.tr.trim() && text.en.trim());
}
