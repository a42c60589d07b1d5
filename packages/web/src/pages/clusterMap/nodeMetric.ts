// Reads one metric of an organisation for sizing, colouring and the side panel.

import type { NodeMetric } from './mapOptions';
import type { ClusterMapNode } from './types';

/** The node's value of the metric; null where the server had none (undefined metric, no answer). */
export function nodeMetric(node: ClusterMapNode, metric: NodeMetric): number | null {
  switch (metric) {
    case 'employees':
      return node.employees;
    case 'influence':
      return node.influence;
    case 'willingness':
      return node.willingness;
    default:
      return node.metrics[metric];
  }
}
