// `kume workshop ahp`: reads the pairwise matrix, runs core's AHP and writes the weights and the
// consistency figures as JSON or CSV. Bad input ends with exit code 2 and `file:line:column: message`.

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { neutraliseFormula } from '@kume/core/text/neutraliseFormula';
import {
  ahpWeights,
  CONSISTENCY_RATIO_THRESHOLD,
  isInconsistent,
  type AhpResult,
} from '@kume/core/workshop/ahp';
import { readPairwiseMatrix, type PairwiseMatrix } from '@kume/io/workshop';
import { UsageError } from '../usageError';
import type { WorkshopAhpFlags } from './workshopCommand';

/** The output's fields, as the JSON holds them. */
export interface WorkshopAhpOutput {
  weights: Record<string, number>;
  lambda_max: number;
  consistency_index: number;
  consistency_ratio: number | null;
  most_inconsistent?: { row: string; column: string; judged: number; implied: number };
  warning?: string;
}

async function loadMatrix(path: string): Promise<PairwiseMatrix> {
  if (!existsSync(path)) throw new UsageError(`--matrix: ${path} does not exist`);
  if (!statSync(path).isFile()) throw new UsageError(`--matrix: ${path} is not a file`);
  const read = await readPairwiseMatrix(path);
  if (read.pairwise) return read.pairwise;
  const lines = read.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
  throw new UsageError(`${path} was not read (nothing written):\n${lines.join('\n')}`);
}

const short = (value: number) => Number(value.toPrecision(3));

/** The JSON fields; most_inconsistent and warning only above the 0.10 ratio. */
export function ahpOutput(criteria: readonly string[], result: AhpResult): WorkshopAhpOutput {
  const output: WorkshopAhpOutput = {
    weights: Object.fromEntries(criteria.map((name, i) => [name, result.weights[i]!])),
    lambda_max: result.lambdaMax,
    consistency_index: result.consistencyIndex,
    consistency_ratio: result.consistencyRatio,
  };
  const worst = result.mostInconsistent;
  if (isInconsistent(result) && worst !== null) {
    const row = criteria[worst.row]!;
    const column = criteria[worst.column]!;
    output.most_inconsistent = { row, column, judged: worst.judged, implied: worst.implied };
    output.warning = `consistency ratio ${short(result.consistencyRatio!)} is above ${CONSISTENCY_RATIO_THRESHOLD.toFixed(2)}: revisit the judgements, first ${row} against ${column} (judged ${short(worst.judged)}, the other judgements imply ${short(worst.implied)})`;
  }
  return output;
}

/** RFC 4180 quoting, and a leading = + - @ neutralised so a spreadsheet shows it as text. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** criterion,weight rows, a blank line, then name,value lines for the summary figures. */
export function ahpCsv(output: WorkshopAhpOutput): string {
  const lines: (string | number | null)[][] = [
    ['criterion', 'weight'],
    ...Object.entries(output.weights),
    [],
  ];
  lines.push(['lambda_max', output.lambda_max]);
  lines.push(['consistency_index', output.consistency_index]);
  lines.push(['consistency_ratio', output.consistency_ratio]);
  const worst = output.most_inconsistent;
  if (worst)
    lines.push([
      'most_inconsistent',
      `${worst.row} against ${worst.column}: judged ${worst.judged}, implied ${worst.implied}`,
    ]);
  if (output.warning) lines.push(['warning', output.warning]);
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

export async function workshopAhpCommand(flags: WorkshopAhpFlags): Promise<void> {
  const { criteria, matrix } = await loadMatrix(flags.matrix);
  const output = ahpOutput(criteria, ahpWeights(matrix));
  const text = flags.format === 'csv' ? ahpCsv(output) : `${JSON.stringify(output, null, 2)}\n`;
  if (flags.out === undefined) process.stdout.write(text);
  else writeFileSync(flags.out, text);
  if (output.warning) console.error(`kume: warning: ${output.warning}`);
}
