// The name of a cluster of Kume's NACE definition in another language: a project stores its
// definition's names in one language, but the deck and the documents are made in either.

import { naceClusterCategories } from './naceClusterCategories';

const byCode = new Map(naceClusterCategories.map((category) => [category.code, category]));

/**
 * `name` in `language` when the cluster is one of Kume's NACE clusters still carrying its shipped
 * name (Turkish or English); a name the analyst changed, or another definition's, stays as it is.
 */
export function localNaceClusterName(code: string, name: string, language: 'tr' | 'en'): string {
  const category = byCode.get(code);
  if (!category || (name !== category.tr && name !== category.code)) return name;
  return language === 'tr' ? category.tr : category.code;
}
