// The colours of an action's status, the same in the table, the roadmap grid and the timeline.

import type { ActionStatus } from '@kume/core';

/** Mantine colour names: planned blue, in progress indigo, done green, delayed orange, cancelled grey. */
export const STATUS_COLOURS: Record<ActionStatus, string> = {
  planned: 'blue',
  in_progress: 'indigo',
  done: 'green',
  delayed: 'orange',
  cancelled: 'gray',
};

/** The same colours as hex, for the timeline chart (planned lighter: it has not begun). */
export const STATUS_HEX: Record<ActionStatus, string> = {
  planned: '#74c0fc',
  in_progress: '#4c6ef5',
  done: '#40c057',
  delayed: '#fd7e14',
  cancelled: '#ced4da',
};
