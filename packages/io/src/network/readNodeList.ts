// Reads a nodes file for an edge list: a column `id` (or `node`, `düğüm`) and any other columns,
// kept as text attributes. Ids must be present and unique; errors are placed by line and column.

import { basename } from 'node:path';
import { FileFormatError } from '../fileFormatError';
import { fieldText } from '../statistics/scanCsvRecords';
import type { StatsRowError } from '../statistics/statsRowError';
import { findNodeIdColumn } from './edgeListColumns';
import { scanTableRecords, StopScan } from './scanTableRecords';

/** The nodes of a nodes file in file order, with their other columns as text. */
export interface NodeList {
  ids: string[];
  /** One entry per other column of the file, in file order; values align with `ids`. */
  attributes: { name: string; values: string[] }[];
}

export type NodeListResult =
  | { nodes: NodeList; errors: []; moreErrors: 0 }
  | { nodes: null; errors: StatsRowError[]; moreErrors: number };

/** Reads a nodes file; `nodes` is null when any row is wrong (all or nothing). */
export async function readNodeList(path: string, maxErrors = 100): Promise<NodeListResult> {
  const errors: StatsRowError[] = [];
  let moreErrors = 0;
  const fail = (error: StatsRowError) => {
    if (errors.length < maxErrors) errors.push(error);
    else moreErrors += 1;
  };
  const ids: string[] = [];
  const firstLine = new Map<string, number>();
  let idColumn = -1;
  let attributes: { name: string; column: number; values: string[] }[] = [];
  try {
    await scanTableRecords(
      path,
      ({ headings }) => {
        idColumn = findNodeIdColumn(headings);
        if (idColumn < 0) {
          fail({
            line: 1,
            column: 1,
            message: `missing column id (a nodes file has a column id or node, then any attributes; the heading row has: ${headings.join(', ')})`,
          });
          throw new StopScan();
        }
        attributes = headings.flatMap((name, column) =>
          column === idColumn ? [] : [{ name, column, values: [] as string[] }],
        );
      },
      (record) => {
        const id = fieldText(record, idColumn);
        const at = { line: record.line, column: idColumn + 1 };
        if (id === '') fail({ ...at, message: 'the node id is empty' });
        else if (firstLine.has(id))
          fail({
            ...at,
            message: `node "${id}" is listed twice (first on line ${firstLine.get(id)})`,
          });
        else firstLine.set(id, record.line);
        ids.push(id);
        for (const attribute of attributes)
          attribute.values.push(fieldText(record, attribute.column));
      },
    );
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    fail({ line: 1, column: 1, message: error.message });
  }
  if (errors.length === 0 && ids.length === 0)
    fail({ line: 2, column: 1, message: `${basename(path)} lists no nodes` });
  if (errors.length > 0) return { nodes: null, errors, moreErrors };
  return {
    nodes: { ids, attributes: attributes.map(({ name, values }) => ({ name, values })) },
    errors: [],
    moreErrors: 0,
  };
}
