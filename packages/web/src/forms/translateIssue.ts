// Turns a schema's complaint about a field, or a known message of core or the server, into a
// sentence in the UI language. The English messages are meant for the API; people read these.

import type { TFunction } from 'i18next';

/** The parts of a zod issue that the words depend on (kept structural: web does not use zod). */
export interface FormIssue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly expected?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
}

/** Messages of core's schemas, the import check and the server, by their English text. */
const knownMessages: Record<string, string> = {
  required: 'validation.required',
  'not a NACE (C24.51) or NAICS (331511) code': 'validation.industryCode',
  'not a web address (http or https)': 'validation.website',
  'a whole number': 'validation.wholeNumber',
  'not a whole number': 'validation.wholeNumber',
  'not a number': 'validation.number',
  'not an email address': 'validation.email',
  'not a phone number': 'validation.phone',
  'choose at least one organisation': 'validation.chooseOrganisation',
  'choose at least one language': 'validation.chooseLanguage',
  'a whole number from 1 to 5': 'validation.score',
  'a three-letter currency code such as TRY or EUR': 'validation.currency',
  'not a date (YYYY-MM-DD)': 'validation.date',
  'not a known organisation type': 'validation.organisationType',
  'not yes or no': 'validation.yesNo',
  'already in the registry': 'validation.alreadyRegistered',
  'no column is mapped to the organisation name': 'validation.nameNotMapped',
  'no column is mapped to the type, and no default type is chosen': 'validation.typeNotMapped',
  'the file has no rows to import': 'validation.noRows',
  'an account with this email exists already': 'validation.emailTaken',
  'wrong password': 'validation.wrongCurrentPassword',
};

/** Known messages that carry a number or a name, with the translation key and its value. */
const knownPatterns: readonly {
  pattern: RegExp;
  key: string;
  values: (match: RegExpExecArray) => Record<string, string | number>;
}[] = [
  {
    pattern: /^at most (\d+) characters$/,
    key: 'validation.maxLength',
    values: (m) => ({ count: Number(m[1]) }),
  },
  {
    pattern: /^at least (\d+) characters$/,
    key: 'validation.minLength',
    values: (m) => ({ count: Number(m[1]) }),
  },
  {
    pattern: /^an organisation named "(.*)" is already in the registry$/s,
    key: 'validation.duplicateName',
    values: (m) => ({ name: m[1] ?? '' }),
  },
  {
    pattern: /^duplicate of row (\d+)$/,
    key: 'validation.duplicateOfRow',
    values: (m) => ({ row: Number(m[1]) }),
  },
];

/** The translation of a known message, or undefined for a message it has no words for. */
function knownMessage(message: string, t: TFunction): string | undefined {
  const key = knownMessages[message];
  if (key) return t(key, { ns: 'common' });
  for (const { pattern, key, values } of knownPatterns) {
    const match = pattern.exec(message);
    if (match) return t(key, { ns: 'common', ...values(match) });
  }
  return undefined;
}

/** A message of the server or of core in the UI language; unknown messages stay as written. */
export function translateMessage(message: string, t: TFunction): string {
  return knownMessage(message, t) ?? message;
}

/**
 * The translated message for a schema's issue: a known message by its words, else the issue's
 * code and limits choose them (zod's own messages are English only).
 */
export function translateIssue(issue: FormIssue, t: TFunction): string {
  const known = knownMessage(issue.message, t);
  if (known) return known;
  const ns = 'common';
  const count = Number(issue.minimum ?? issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return count <= 1
          ? t('validation.required', { ns })
          : t('validation.minLength', { ns, count });
      if (issue.origin === 'array') return t('validation.chooseAtLeast', { ns, count });
      return t('validation.tooSmall', { ns, count });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { ns, count });
      if (issue.origin === 'array') return t('validation.chooseAtMost', { ns, count });
      return t('validation.tooBig', { ns, count });
    case 'invalid_format':
      return issue.format === 'email'
        ? t('validation.email', { ns })
        : t('validation.format', { ns });
    case 'invalid_type':
      // zod reports a missing value as the wrong type; for a person it is a missing answer.
      if (/received undefined$/.test(issue.message)) return t('validation.required', { ns });
      if (issue.expected === 'int') return t('validation.wholeNumber', { ns });
      if (issue.expected === 'number') return t('validation.number', { ns });
      return t('validation.required', { ns });
    case 'invalid_value':
      return t('validation.choose', { ns });
    default:
      return t('validation.invalid', { ns });
  }
}
