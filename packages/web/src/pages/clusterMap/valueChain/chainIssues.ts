// Problems of a value chain (core's schema in the browser, or the server's answer) placed on the
// field they concern and worded in the UI language: "Stage 2, NACE codes: 24.51 is already on
// stage Casting".

import type { TFunction } from 'i18next';
import { localText, valueChainSchema, type ValueChain } from '@kume/core';
import type { ApiIssue } from '../../../api/client';
import { translateIssue, translateMessage, type FormIssue } from '../../../forms/translateIssue';

/** A problem at a field of the editor. */
export interface ChainIssue {
  /** `stage:<id>:<field>`, `support:<id>:<field>` or `chain:<field>`; field as `name.tr`, `naceCodes`. */
  key: string;
  /** Where it is, for a list of problems: "Stage 2 (Casting), NACE codes". */
  place: string;
  message: string;
}

const FIELDS = [
  'id',
  'name',
  'description',
  'naceCodes',
  'suppliesTo',
  'kind',
  'organisationTypes',
];

/** The field part of a key: `name.tr` for names and descriptions, else the field alone. */
function fieldOf(rest: readonly PropertyKey[]): string {
  const [field, sub] = rest.map(String);
  if (!field || !FIELDS.includes(field)) return 'other';
  return (field === 'name' || field === 'description') && sub ? `${field}.${sub}` : field;
}

/** The stage named in core's messages by id, by its name in the UI language. */
function stageName(chain: ValueChain, id: string, language: string) {
  const stage = chain.stages.find((s) => s.id === id);
  return stage ? localText(stage.name, language) || id : id;
}

/** Core's own messages about a chain, in the UI language; undefined for the others. */
function chainMessage(
  message: string,
  chain: ValueChain,
  t: TFunction,
  language: string,
): string | undefined {
  const name = (id: string) => stageName(chain, id, language);
  let m: RegExpExecArray | null;
  if (message === 'a NACE Rev.2 code: C, 24, 24.5 or 24.51') return t('valueChain:issue.nace');
  if (message === 'at least one stage') return t('valueChain:issue.oneStage');
  if (message.startsWith('lower-case letters')) return t('valueChain:issue.idFormat');
  if ((m = /^id (.+) is used twice$/.exec(message)))
    return t('valueChain:issue.idTwice', { id: m[1] });
  if ((m = /^the name (.+) is also stage (.+)'s name$/s.exec(message)))
    return t('valueChain:issue.nameTaken', { name: m[1], stage: name(m[2] ?? '') });
  if ((m = /^(.+) is not another stage of this chain$/.exec(message)))
    return t('valueChain:issue.notAStage', { stage: name(m[1] ?? '') });
  if ((m = /^NACE (.+) is already on stage (.+)$/.exec(message)))
    return t('valueChain:issue.codeTaken', { code: m[1], stage: name(m[2] ?? '') });
  return undefined;
}

/** The key and place words of a path into the chain (`stages.1.naceCodes.0`). */
function locate(path: readonly PropertyKey[], chain: ValueChain, t: TFunction, language: string) {
  const [head, index, ...rest] = path;
  const field = fieldOf(rest);
  const fieldWords = t(`valueChain:field.${field.replace('.', '_')}`);
  if (head === 'stages' && typeof index === 'number') {
    const stage = chain.stages[index];
    const label = stage ? localText(stage.name, language) : '';
    const where = t('valueChain:issue.stagePlace', { number: index + 1, name: label });
    return { key: `stage:${stage?.id ?? index}:${field}`, place: `${where}, ${fieldWords}` };
  }
  if (head === 'supportFunctions' && typeof index === 'number') {
    const item = chain.supportFunctions[index];
    const label = item ? localText(item.name, language) : '';
    const where = t('valueChain:issue.supportPlace', { number: index + 1, name: label });
    return { key: `support:${item?.id ?? index}:${field}`, place: `${where}, ${fieldWords}` };
  }
  const chainField = fieldOf([head ?? '', index ?? '']);
  return {
    key: `chain:${head === 'stages' ? 'stages' : chainField}`,
    place: t('valueChain:issue.chainPlace'),
  };
}

/** A path of the API (`body.chain.stages.1.id`) as the chain's path, numbers as numbers. */
export function chainPath(apiPath: string): PropertyKey[] {
  return apiPath
    .replace(/^body\.chain\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The problems core's schema finds in `chain`, worded, in the order of the chain. */
export function validateChain(chain: ValueChain, t: TFunction, language: string): ChainIssue[] {
  const result = valueChainSchema.safeParse(chain);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    ...locate(issue.path, chain, t, language),
    message:
      chainMessage(issue.message, chain, t, language) ?? translateIssue(issue as FormIssue, t),
  }));
}

/** The server's refusal of a save, placed on the fields of the chain that was sent. */
export function serverChainIssues(
  issues: readonly ApiIssue[],
  chain: ValueChain,
  t: TFunction,
  language: string,
): ChainIssue[] {
  return issues.map((issue) => ({
    ...locate(chainPath(issue.path), chain, t, language),
    message: chainMessage(issue.message, chain, t, language) ?? translateMessage(issue.message, t),
  }));
}

/** The first message for each key: what a field shows under itself. */
export function issuesByKey(issues: readonly ChainIssue[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const issue of issues) if (!byKey.has(issue.key)) byKey.set(issue.key, issue.message);
  return byKey;
}
