// The words of a file import's shared screens: each import keeps its own under one key prefix
// (`import.*` in stakeholders, `relations.import.*` in fieldwork) with the same key names.

import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Where an import's words are: the namespace and the prefix of its keys. */
export interface ImportWords {
  ns: string;
  prefix: string;
}

/** A translate function for the keys under the import's prefix (`dropHere`, `errorsTitle`, …). */
export function useImportText({ ns, prefix }: ImportWords) {
  const { t } = useTranslation(ns);
  return (key: string, options?: TOptions) => t(`${prefix}.${key}`, options ?? {});
}
