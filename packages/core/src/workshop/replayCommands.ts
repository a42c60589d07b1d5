// Rebuilds a workshop's state from its definition and its command log: what a server does after a
// restart or when a second instance picks up a workshop. Refused commands change nothing, as they
// did not when first given.

import { applyCommand } from './applyCommand';
import type { WorkshopCommand } from './workshopCommand';
import type { WorkshopDefinition } from './workshopModel';
import { createWorkshopState, type Instant, type WorkshopState } from './workshopState';

export interface LoggedCommand {
  command: WorkshopCommand;
  /** When the command was applied (epoch milliseconds). */
  at: Instant;
}

/** The state after applying the logged commands in order to a fresh workshop created at `createdAt`. */
export function replayCommands(
  definition: WorkshopDefinition,
  createdAt: Instant,
  log: Iterable<LoggedCommand>,
): WorkshopState {
  let state = createWorkshopState(definition, createdAt);
  for (const { command, at } of log) {
    const result = applyCommand(state, command, at);
    if (result.ok) state = result.state;
  }
  return state;
}
