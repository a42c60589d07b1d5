// Reads a network's edge list (CSV or XLSX: source, target[, weight]) and optionally a nodes file
// into columns ready for core's buildGraph. All or nothing: any bad row means no edge list and
// every error placed by file, line and column. Self-loops are dropped and duplicate edges merged,
// both counted so the caller can warn.

import { FileFormatError } from '../fileFormatError';
import { parseNumberField, EMPTY } from '../statistics/parseNumberField';
import { fieldText } from '../statistics/scanCsvRecords';
import type { StatsRowError } from '../statistics/statsRowError';
import { findEdgeColumns, type EdgeField } from './edgeListColumns';
import { readNodeList, type NodeList } from './readNodeList';
import { scanTableRecords, StopScan } from './scanTableRecords';

/** An error of one of the two files. */
export interface EdgeListError extends StatsRowError {
  file: string;
}

/** A dropped or merged row's count and the first line where it happened (0 when none). */
export interface RowCount {
  count: number;
  firstLine: number;
}

/** The edges, one per distinct pair, in the order each pair first appears. */
export interface EdgeList {
  /** Every node: the nodes file's ids in its order, else the edge ends in order of first appearance. */
  nodeIds: string[];
  sources: string[];
  targets: string[];
  /** Weight of each edge (summed over merged duplicates); 1 per row when the file has no weight column. */
  weights: Float64Array;
  /** Whether the edges file has a weight column. */
  weighted: boolean;
  /** The nodes file's other columns, or null without a nodes file. */
  nodes: NodeList | null;
  /** Rows with source = target: left out (their nodes are kept). */
  selfLoops: RowCount;
  /** Rows repeating an earlier pair (either way round when undirected): merged, weights summed. */
  duplicates: RowCount;
}

export type EdgeListResult =
  | { edgeList: EdgeList; errors: []; moreErrors: 0 }
  | { edgeList: null; errors: EdgeListError[]; moreErrors: number };

export interface ReadEdgeListOptions {
  /** A nodes file: then every edge end must be one of its ids. */
  nodesPath?: string;
  /** Directed edges: a->b and b->a are distinct. Undirected (default): they are one edge. */
  directed?: boolean;
  /** Errors listed before the rest are only counted (default 100). */
  maxErrors?: number;
}

/** 2^26 node ids at most: a pair key `low * 2^26 + high` stays an exact double. */
const PAIR_BASE = 2 ** 26;

/**
 * Reads the edge list at `edgesPath`. Weights must be numbers >= 0 (a semicolon-separated file may
 * write "2,5"); an empty weight cell is an error. Ids are trimmed text, compared exactly.
 */
export async function readEdgeList(
  edgesPath: string,
  options: ReadEdgeListOptions = {},
): Promise<EdgeListResult> {
  const maxErrors = options.maxErrors ?? 100;
  const errors: EdgeListError[] = [];
  let moreErrors = 0;
  const fail = (file: string, error: StatsRowError) => {
    if (errors.length < maxErrors) errors.push({ file, ...error });
    else moreErrors += 1;
  };

  let nodes: NodeList | null = null;
  const index = new Map<string, number>();
  const nodeIds: string[] = [];
  if (options.nodesPath !== undefined) {
    const read = await readNodeList(options.nodesPath, maxErrors);
    if (read.nodes === null)
      return {
        edgeList: null,
        errors: read.errors.map((error) => ({ file: options.nodesPath!, ...error })),
        moreErrors: read.moreErrors,
      };
    nodes = read.nodes;
    for (const id of nodes.ids) index.set(id, nodeIds.push(id) - 1);
  }

  const sources: string[] = [];
  const targets: string[] = [];
  let weights = new Float64Array(1024);
  const pairs = new Map<number, number>();
  const selfLoops: RowCount = { count: 0, firstLine: 0 };
  const duplicates: RowCount = { count: 0, firstLine: 0 };
  const tally = (counter: RowCount, line: number) => {
    if (counter.count === 0) counter.firstLine = line;
    counter.count += 1;
  };
  let column: Record<EdgeField, number> = { source: -1, target: -1, weight: -1 };
  let decimalComma = false;
  let headings: string[] = [];
  let rows = 0;

  /** The node index of an edge end, or -1 after recording an error. */
  const end = (id: string, field: 'source' | 'target', line: number): number => {
    const known = index.get(id);
    if (known !== undefined) return known;
    // Only errors need the position: no object per edge end on the usual path.
    const at = { line, column: column[field] + 1 };
    if (id === '') {
      fail(edgesPath, { ...at, message: `${headings[column[field]]} is empty` });
      return -1;
    }
    if (nodes !== null) {
      fail(edgesPath, {
        ...at,
        message: `node "${id}" is not in the nodes file ${options.nodesPath}`,
      });
      return -1;
    }
    if (nodeIds.length >= PAIR_BASE) throw new StopScan();
    index.set(id, nodeIds.length);
    nodeIds.push(id);
    return nodeIds.length - 1;
  };

  try {
    await scanTableRecords(
      edgesPath,
      (walk) => {
        headings = walk.headings;
        decimalComma = walk.decimalComma;
        column = findEdgeColumns(headings);
        const missing = (['source', 'target'] as const).filter((field) => column[field] < 0);
        if (missing.length > 0) {
          fail(edgesPath, {
            line: 1,
            column: 1,
            message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (an edge list has source, target[, weight], or from, to, or kaynak, hedef[, ağırlık]; the heading row has: ${headings.join(', ')})`,
          });
          throw new StopScan();
        }
      },
      (record) => {
        rows += 1;
        const line = record.line;
        const s = end(fieldText(record, column.source), 'source', line);
        const t = end(fieldText(record, column.target), 'target', line);
        let weight = 1;
        if (column.weight >= 0) {
          weight = parseNumberField(record, column.weight, decimalComma);
          const at = { line, column: column.weight + 1 };
          const name = headings[column.weight];
          if (weight === EMPTY) fail(edgesPath, { ...at, message: `${name} is empty` });
          else if (Number.isNaN(weight) || !Number.isFinite(weight))
            fail(edgesPath, {
              ...at,
              message: `${name}: "${fieldText(record, column.weight)}" is not a number`,
            });
          else if (weight < 0)
            fail(edgesPath, {
              ...at,
              message: `${name}: ${weight} is negative (weights are >= 0)`,
            });
        }
        // After the first error the rest is only checked, not collected.
        if (s < 0 || t < 0 || errors.length > 0) return;
        if (s === t) {
          tally(selfLoops, line);
          return;
        }
        const low = options.directed || s < t ? s : t;
        const high = low === s ? t : s;
        const key = low * PAIR_BASE + high;
        const earlier = pairs.get(key);
        if (earlier !== undefined) {
          tally(duplicates, line);
          weights[earlier] = weights[earlier]! + weight;
          return;
        }
        const edge = sources.length;
        pairs.set(key, edge);
        sources.push(nodeIds[s]!);
        targets.push(nodeIds[t]!);
        if (edge === weights.length) {
          const larger = new Float64Array(weights.length * 2);
          larger.set(weights);
          weights = larger;
        }
        weights[edge] = weight;
      },
    );
  } catch (error) {
    if (error instanceof FileFormatError)
      fail(edgesPath, { line: 1, column: 1, message: error.message });
    else throw error;
  }
  if (nodeIds.length >= PAIR_BASE)
    fail(edgesPath, {
      line: 1,
      column: 1,
      message: `more than ${PAIR_BASE} nodes: too many to read`,
    });
  if (errors.length === 0 && rows === 0)
    fail(edgesPath, { line: 2, column: 1, message: 'the edge list has no edges' });
  if (errors.length > 0) return { edgeList: null, errors, moreErrors };
  return {
    edgeList: {
      nodeIds,
      sources,
      targets,
      weights: weights.slice(0, sources.length),
      weighted: column.weight >= 0,
      nodes,
      selfLoops,
      duplicates,
    },
    errors: [],
    moreErrors: 0,
  };
}
