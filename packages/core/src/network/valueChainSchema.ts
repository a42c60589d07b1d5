// A value chain as a project keeps it: ordered stages with their NACE Rev.2 codes, and the
// support functions around them. Templates are written in this shape; a project edits a copy.

import { z } from 'zod';
import { ORGANISATION_TYPES } from '../organisation/organisationTypes';
import { foldForSearch } from '../text/foldForSearch';

/**
 * A NACE Rev.2 code as written in the classification: a section letter ("C"), a division ("24"),
 * a group ("24.5") or a class ("24.51").
 */
export const naceCodePattern = /^(?:[A-U]|\d{2}(?:\.\d{1,2})?)$/;

const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,59}$/, { message: 'lower-case letters, digits and _ (casting_2)' });

/** Both languages required: a stage is shown in either, and a blank name cannot be placed on. */
const bilingualName = z.object({
  tr: z.string().trim().min(1, { message: 'required' }).max(100),
  en: z.string().trim().min(1, { message: 'required' }).max(100),
});
const bilingualDescription = z.object({
  tr: z.string().trim().max(1_000),
  en: z.string().trim().max(1_000),
});

const naceCodesSchema = z
  .array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(naceCodePattern, { message: 'a NACE Rev.2 code: C, 24, 24.5 or 24.51' }),
  )
  .max(60);

export const valueChainStageSchema = z.object({
  id: idSchema,
  name: bilingualName,
  description: bilingualDescription,
  /** Indicative NACE Rev.2 codes of the stage's activities; placement by code uses them. */
  naceCodes: naceCodesSchema,
  /**
   * The stages this one sells to: the pairs the gap analysis checks for ties. Absent: the next
   * stage in order (the last stage supplies none).
   */
  suppliesTo: z.array(idSchema).max(30).optional(),
});

export const SUPPORT_FUNCTION_KINDS = [
  'finance',
  'training',
  'research',
  'testing',
  'logistics',
  'public_body',
  'association',
  'consultancy',
  'other',
] as const;
export type SupportFunctionKind = (typeof SUPPORT_FUNCTION_KINDS)[number];

export const supportFunctionSchema = z.object({
  id: idSchema,
  kind: z.enum(SUPPORT_FUNCTION_KINDS),
  name: bilingualName,
  description: bilingualDescription,
  naceCodes: naceCodesSchema,
  /** Registry types that typically fill the function (a university for training and R&D). */
  organisationTypes: z.array(z.enum(ORGANISATION_TYPES)).max(ORGANISATION_TYPES.length),
});

/**
 * A project's value chain. Checked beyond the shapes: ids unique across stages and support
 * functions, stage names unique in each language (folded, so "Döküm" and "DÖKÜM" clash: placement
 * by name could not tell them apart), `suppliesTo` naming other existing stages, and no NACE code
 * listed on two stages (placement by code would be ambiguous).
 */
export const valueChainSchema = z
  .object({
    /** The template it was copied from, if any. */
    templateId: idSchema.nullable().default(null),
    name: bilingualName,
    stages: z.array(valueChainStageSchema).min(1, { message: 'at least one stage' }).max(30),
    supportFunctions: z.array(supportFunctionSchema).max(30).default([]),
  })
  .superRefine((chain, ctx) => {
    const ids = new Set<string>();
    const checkId = (id: string, path: (string | number)[]) => {
      if (ids.has(id)) ctx.addIssue({ code: 'custom', path, message: `id ${id} is used twice` });
      ids.add(id);
    };
    chain.stages.forEach((stage, i) => checkId(stage.id, ['stages', i, 'id']));
    chain.supportFunctions.forEach((f, i) => checkId(f.id, ['supportFunctions', i, 'id']));

    const stageIds = new Set(chain.stages.map((stage) => stage.id));
    const names = new Map<string, string>();
    const codes = new Map<string, string>();
    chain.stages.forEach((stage, i) => {
      for (const language of ['tr', 'en'] as const) {
        const key = foldForSearch(stage.name[language]);
        const other = names.get(key);
        if (other !== undefined && other !== stage.id)
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'name', language],
            message: `the name ${stage.name[language]} is also stage ${other}'s name`,
          });
        names.set(key, stage.id);
      }
      (stage.suppliesTo ?? []).forEach((target, j) => {
        if (!stageIds.has(target) || target === stage.id)
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'suppliesTo', j],
            message: `${target} is not another stage of this chain`,
          });
      });
      stage.naceCodes.forEach((code, j) => {
        const other = codes.get(code);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'naceCodes', j],
            message: `NACE ${code} is already on stage ${other}`,
          });
        codes.set(code, stage.id);
      });
    });
  });

export type ValueChain = z.output<typeof valueChainSchema>;
export type ValueChainInput = z.input<typeof valueChainSchema>;
export type ValueChainStage = z.output<typeof valueChainStageSchema>;
export type SupportFunction = z.output<typeof supportFunctionSchema>;

/** The pairs [from, to] of stages where `from` supplies `to`, in stage order. */
export function supplyPairs(chain: Pick<ValueChain, 'stages'>): [string, string][] {
  const pairs: [string, string][] = [];
  chain.stages.forEach((stage, i) => {
    const next = chain.stages[i + 1];
    const targets = stage.suppliesTo ?? (next ? [next.id] : []);
    for (const target of targets) pairs.push([stage.id, target]);
  });
  return pairs;
}
