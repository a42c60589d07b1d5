// The flags the file exports share (`kume export deck|roadmap|report`): the file format, taken
// from --format or the --out file's extension, and the language.

import { extname } from 'node:path';
import { UsageError } from '../usageError';

export const EXPORT_LANGUAGES = ['tr', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * The format asked for, else the --out file's extension when it is one of `formats`, else the
 * first of them. `noun` names the file in the message ("deck", "document").
 */
export function exportFormatOf<F extends string>(
  formats: readonly [F, ...F[]],
  noun: string,
  format: string | undefined,
  out: string,
): F {
  if (format === undefined) {
    const extension = extname(out).slice(1).toLowerCase();
    return isOneOf(formats, extension) ? extension : formats[0];
  }
  if (!isOneOf(formats, format))
    throw new UsageError(`--format: "${format}" is not a ${noun} format (${formats.join(' or ')})`);
  return format;
}

/** The language asked for; undefined when none is (the project's first language is used). */
export function exportLanguageOf(
  noun: string,
  lang: string | undefined,
): ExportLanguage | undefined {
  if (lang !== undefined && !isOneOf(EXPORT_LANGUAGES, lang))
    throw new UsageError(`--lang: "${lang}" is not a ${noun} language (tr or en)`);
  return lang;
}

/** The language to write: the one asked for, else the project's first, else Turkish. */
export const projectLanguageOf = (
  asked: ExportLanguage | undefined,
  projectLanguages: readonly string[],
): ExportLanguage =>
  asked ?? projectLanguages.find((l): l is ExportLanguage => isOneOf(EXPORT_LANGUAGES, l)) ?? 'tr';
