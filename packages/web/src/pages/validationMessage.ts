// Turns a schema's complaint about one field into a sentence in the UI language.

import type { TFunction } from 'i18next';

/** The parts of a zod issue that the words depend on (any zod 4 issue has this shape). */
export interface FormIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

/**
 * The translated message for an issue. The schemas' own messages are English and meant for the
 * API; here the code and its limits choose the words, so Turkish users read Turkish.
 */
export function validationMessage(issue: FormIssue, t: TFunction): string {
  const count = Number(issue.minimum ?? issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return count <= 1 ? t('error.required') : t('validation.minLength', { count });
      if (issue.origin === 'array') return t('validation.chooseAtLeast', { count });
      return t('validation.tooSmall', { count });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { count });
      if (issue.origin === 'array') return t('validation.chooseAtMost', { count });
      return t('validation.tooBig', { count });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.format');
    default:
      return t('validation.invalid');
  }
}
