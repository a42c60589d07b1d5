// The value-chain templates a project starts from: machinery, metal and casting; automotive repair;
// HVAC-R; processed fruit and vegetables; generic manufacturing. A project edits its own copy.

import { valueChainSchema, type ValueChain, type ValueChainInput } from './valueChainSchema';
import { AUTOMOTIVE_REPAIR } from './valueChainTemplateAutomotiveRepair';
import { PROCESSED_FRUIT_VEGETABLES } from './valueChainTemplateFruitVegetables';
import { GENERIC_MANUFACTURING } from './valueChainTemplateGeneric';
import { HVAC_R } from './valueChainTemplateHvacr';
import { MACHINERY_METAL_CASTING } from './valueChainTemplateMachinery';

/** The templates as written, in the order a project's template picker lists them. */
export const VALUE_CHAIN_TEMPLATES: readonly ValueChainInput[] = [
  MACHINERY_METAL_CASTING,
  AUTOMOTIVE_REPAIR,
  HVAC_R,
  PROCESSED_FRUIT_VEGETABLES,
  GENERIC_MANUFACTURING,
];

export const VALUE_CHAIN_TEMPLATE_IDS = VALUE_CHAIN_TEMPLATES.map(
  (template) => template.templateId as string,
);

/**
 * A fresh, validated copy of the template `id` for a project to edit (changing it leaves the
 * template as it is); undefined for an unknown id.
 */
export function copyValueChainTemplate(id: string): ValueChain | undefined {
  const template = VALUE_CHAIN_TEMPLATES.find((t) => t.templateId === id);
  return template && valueChainSchema.parse(template);
}
