// The value chain a project's map is drawn on: its own edited copy, else the template its sector
// names, else the generic manufacturing template.

import {
  copyValueChainTemplate,
  foldForSearch,
  VALUE_CHAIN_TEMPLATES,
  type ValueChain,
} from '@kume/core';

/** Where the chain came from: the project's copy, the template matching its sector, the generic one. */
export type ChainSource = 'project' | 'sector_template' | 'generic_template';

export const GENERIC_TEMPLATE_ID = 'generic_manufacturing';

/**
 * Words (Turkish-folded, matched as substrings of the folded sector) that pick a template. Stems,
 * so "makina", "makine" and "machinery" all lead to the machinery template.
 */
const SECTOR_WORDS: readonly [templateId: string, words: readonly string[]][] = [
  ['machinery_metal_casting', ['makin', 'machin', 'metal', 'dokum', 'casting', 'foundry']],
  ['automotive_repair', ['otomotiv', 'automotive', 'oto tamir', 'oto bakim', 'car repair']],
  ['hvac_r', ['iklimlendirme', 'hvac', 'sogutma', 'refrigerat', 'havalandirma', 'ventilation']],
  ['processed_fruit_vegetables', ['meyve', 'sebze', 'fruit', 'vegetable']],
];

/** The id of the template whose words appear in `sector` (first in SECTOR_WORDS order), if any. */
export function templateForSector(sector: string): string | undefined {
  const folded = foldForSearch(sector);
  if (folded === '') return undefined;
  return SECTOR_WORDS.find(([, words]) => words.some((word) => folded.includes(word)))?.[0];
}

export function projectValueChain(project: { valueChain: ValueChain | null; sector: string }): {
  chain: ValueChain;
  chainSource: ChainSource;
} {
  if (project.valueChain) return { chain: project.valueChain, chainSource: 'project' };
  const sectorTemplate = templateForSector(project.sector);
  const copy = sectorTemplate && copyValueChainTemplate(sectorTemplate);
  if (copy) return { chain: copy, chainSource: 'sector_template' };
  return {
    chain: copyValueChainTemplate(GENERIC_TEMPLATE_ID) as ValueChain,
    chainSource: 'generic_template',
  };
}

/** The templates as the picker lists them. */
export function templateSummaries() {
  return VALUE_CHAIN_TEMPLATES.map((template) => ({
    id: template.templateId as string,
    name: { tr: template.name.tr, en: template.name.en },
    stageCount: template.stages.length,
  }));
}
