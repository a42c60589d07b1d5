// Edits of a project's value chain as pure functions: each returns a new chain and leaves the
// one given untouched, so the editor's draft can be compared with the saved chain.

import {
  naceCodePattern,
  type SupportFunction,
  type ValueChain,
  type ValueChainStage,
} from '@kume/core';

const emptyText = { tr: '', en: '' };

/** An id not yet used by a stage or support function: `${prefix}_1`, `${prefix}_2`, ... */
export function unusedId(chain: ValueChain, prefix: string): string {
  const used = new Set([...chain.stages, ...chain.supportFunctions].map((item) => item.id));
  let n = 1;
  while (used.has(`${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}

/** A new, empty stage at the end; its names are filled in by the facilitator. */
export function addStage(chain: ValueChain): ValueChain {
  const stage: ValueChainStage = {
    id: unusedId(chain, 'stage'),
    name: { ...emptyText },
    description: { ...emptyText },
    naceCodes: [],
  };
  return { ...chain, stages: [...chain.stages, stage] };
}

/** The stage `id` with `patch` applied; other stages unchanged. */
export function updateStage(
  chain: ValueChain,
  id: string,
  patch: Partial<Omit<ValueChainStage, 'id'>>,
): ValueChain {
  return {
    ...chain,
    stages: chain.stages.map((stage) => (stage.id === id ? { ...stage, ...patch } : stage)),
  };
}

/**
 * Removes the stage `id`, and removes it from every other stage's explicit `suppliesTo` (a stage
 * left with an explicit empty list then supplies none, as written; absent lists keep meaning
 * "the next stage"). The chain's last stage cannot go: a chain needs one.
 */
export function deleteStage(chain: ValueChain, id: string): ValueChain {
  if (chain.stages.length <= 1) return chain;
  return {
    ...chain,
    stages: chain.stages
      .filter((stage) => stage.id !== id)
      .map((stage) =>
        stage.suppliesTo?.includes(id)
          ? { ...stage, suppliesTo: stage.suppliesTo.filter((target) => target !== id) }
          : stage,
      ),
  };
}

/** Moves the stage `id` by `offset` places (-1: one to the left); clamped to the chain's ends. */
export function moveStage(chain: ValueChain, id: string, offset: number): ValueChain {
  const from = chain.stages.findIndex((stage) => stage.id === id);
  if (from < 0) return chain;
  const to = Math.min(chain.stages.length - 1, Math.max(0, from + offset));
  if (to === from) return chain;
  const stages = [...chain.stages];
  const [stage] = stages.splice(from, 1);
  stages.splice(to, 0, stage!);
  return { ...chain, stages };
}

/**
 * The stages `stage` supplies: its explicit list, else the next stage in order (the last stage
 * supplies none). The same rule as core's supplyPairs.
 */
export function effectiveSuppliesTo(chain: ValueChain, id: string): string[] {
  const index = chain.stages.findIndex((stage) => stage.id === id);
  const stage = chain.stages[index];
  if (!stage) return [];
  if (stage.suppliesTo) return stage.suppliesTo;
  const next = chain.stages[index + 1];
  return next ? [next.id] : [];
}

/** Sets the stages `id` supplies (explicit); `null` restores the default (the next stage). */
export function setSuppliesTo(chain: ValueChain, id: string, targets: string[] | null): ValueChain {
  return {
    ...chain,
    stages: chain.stages.map((stage) => {
      if (stage.id !== id) return stage;
      const rest = { ...stage };
      delete rest.suppliesTo;
      return targets === null ? rest : { ...rest, suppliesTo: targets.filter((t) => t !== id) };
    }),
  };
}

/**
 * NACE codes typed by the facilitator, trimmed and upper-cased as core's schema reads them,
 * duplicates dropped; the entries that are not NACE Rev.2 codes ("24-5", "331511") apart.
 */
export function parseNaceCodes(values: readonly string[]): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const value of values) {
    const code = value.trim().toUpperCase();
    if (code === '') continue;
    if (!naceCodePattern.test(code)) invalid.push(value.trim());
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}

/** A new support function at the end, of kind "other", with no names yet. */
export function addSupportFunction(chain: ValueChain): ValueChain {
  const item: SupportFunction = {
    id: unusedId(chain, 'support'),
    kind: 'other',
    name: { ...emptyText },
    description: { ...emptyText },
    naceCodes: [],
    organisationTypes: [],
  };
  return { ...chain, supportFunctions: [...chain.supportFunctions, item] };
}

export function updateSupportFunction(
  chain: ValueChain,
  id: string,
  patch: Partial<Omit<SupportFunction, 'id'>>,
): ValueChain {
  return {
    ...chain,
    supportFunctions: chain.supportFunctions.map((item) =>
      item.id === id ? { ...item, ...patch } : item,
    ),
  };
}

export function deleteSupportFunction(chain: ValueChain, id: string): ValueChain {
  return { ...chain, supportFunctions: chain.supportFunctions.filter((item) => item.id !== id) };
}

/** JSON with object keys sorted, so key order (an edit's spread, the server's) does not count. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Whether two chains hold the same content (the draft against the saved chain). */
export function sameChain(a: ValueChain | null, b: ValueChain | null): boolean {
  return canonical(a) === canonical(b);
}
