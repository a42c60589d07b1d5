// The error buildGraph throws for bad network input; the message names the edge or node at fault.

/** Bad network input: negative or non-finite weight, empty id, an edge to a node not in `nodes`. */
export class NetworkInputError extends Error {
  /** 0-based index of the offending edge in the input, when an edge is at fault. */
  readonly edgeIndex: number | undefined;
  /** 0-based index of the offending node in `nodes`, when a node is at fault. */
  readonly nodeIndex: number | undefined;

  constructor(message: string, at: { edgeIndex?: number; nodeIndex?: number } = {}) {
    super(message);
    this.name = 'NetworkInputError';
    this.edgeIndex = at.edgeIndex;
    this.nodeIndex = at.nodeIndex;
  }
}
