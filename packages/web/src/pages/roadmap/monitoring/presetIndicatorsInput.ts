// The "add the cluster support programme's indicators" form as data: which presets are chosen,
// each one's baseline and target as typed, and the request it makes, with its problems by field.

import { parseNumberInput } from '../../stakeholders/organisationFormValues';
import type { PresetIndicatorsInput } from './monitoringQueries';

export interface PresetRow {
  chosen: boolean;
  baseline: string;
  target: string;
}

export interface PresetFormValues {
  rows: Record<string, PresetRow>;
  baselineOn: string;
  dueOn: string;
}

/** Problem keys (translated by the form) by field: `baselineOn`, `dueOn`, `<code>.baseline`, ... */
export type PresetProblems = Partial<Record<string, 'required' | 'number' | 'dueAfter' | 'none'>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The request, or null with the problems: at least one preset chosen (`codes`), each chosen one
 * with a number as baseline and target (a decimal comma accepted), both days given, the due day
 * after the baseline day.
 */
export function presetIndicatorsInput(
  values: PresetFormValues,
  lang: 'tr' | 'en',
): { input: PresetIndicatorsInput | null; problems: PresetProblems } {
  const problems: PresetProblems = {};
  if (!DAY.test(values.baselineOn)) problems.baselineOn = 'required';
  if (!DAY.test(values.dueOn)) problems.dueOn = 'required';
  else if (values.dueOn <= values.baselineOn) problems.dueOn = 'dueAfter';
  const codes = Object.entries(values.rows)
    .filter(([, row]) => row.chosen)
    .map(([code]) => code);
  if (codes.length === 0) problems.codes = 'none';
  const figures: PresetIndicatorsInput['figures'] = {};
  for (const code of codes) {
    const row = values.rows[code]!;
    const read = (field: 'baseline' | 'target') => {
      const number = parseNumberInput(row[field]);
      if (number === null) problems[`${code}.${field}`] = 'required';
      else if (Number.isNaN(number)) problems[`${code}.${field}`] = 'number';
      return number ?? Number.NaN;
    };
    figures[code] = { baseline: read('baseline'), target: read('target') };
  }
  if (Object.keys(problems).length > 0) return { input: null, problems };
  return {
    input: { codes, lang, baselineOn: values.baselineOn, dueOn: values.dueOn, figures },
    problems,
  };
}
