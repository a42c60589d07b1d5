// Records a sample workshop as the live server would: each command applied by the core reducer (a
// refusal is a bug of the sample and throws), logged with its actor, message id and time, so that
// replaying the log gives the same state and the same results.

import type { ProjectBundleInput } from '../bundle/projectBundle';
import { applyCommand } from '../workshop/applyCommand';
import type { Ballot } from '../workshop/ballot';
import type { WorkshopCommand } from '../workshop/workshopCommand';
import type { WorkshopDefinition } from '../workshop/workshopModel';
import { createWorkshopState, type WorkshopState } from '../workshop/workshopState';

export type SampleWorkshop = NonNullable<ProjectBundleInput['workshops']>[number];
type SampleEvent = NonNullable<SampleWorkshop['events']>[number];
type SampleParticipant = NonNullable<SampleWorkshop['participants']>[number];

/** A seat of the workshop: its bundle key is the participant id its commands carry. */
export interface SampleSeat {
  key: string;
  name: string;
  organisationKey: string | null;
  isFacilitator: boolean;
}

const instant = (ms: number) => new Date(ms).toISOString();

export class WorkshopScript {
  state: WorkshopState;
  readonly events: SampleEvent[] = [];
  readonly participants: SampleParticipant[] = [];
  private clock: number;
  private messages = 0;

  /** A fresh workshop created at `createdAt` (epoch milliseconds); commands follow from then. */
  constructor(
    definition: WorkshopDefinition,
    readonly createdAt: number,
    private readonly rng: () => number,
  ) {
    this.state = createWorkshopState(definition, createdAt);
    this.clock = createdAt;
  }

  /** The time of the last command (epoch milliseconds). */
  get now(): number {
    return this.clock;
  }

  /** Lets `seconds` pass before the next command. */
  wait(seconds: number): void {
    this.clock += seconds * 1_000;
  }

  /**
   * Applies the command `low` to `high` seconds after the previous one and logs it. Joins are made
   * by the server (no message id); everything else comes from a participant's phone or screen.
   */
  run(command: WorkshopCommand, low = 5, high = 40): void {
    this.clock += (low + Math.floor(this.rng() * (high - low + 1))) * 1_000;
    const result = applyCommand(this.state, command, this.clock);
    if (!result.ok)
      throw new Error(
        `sample workshop: ${command.type} by ${command.participantId} refused: ${result.error.message}`,
      );
    this.state = result.state;
    this.messages += 1;
    this.events.push({
      participantKey: command.participantId,
      messageId: command.type === 'join' ? null : `m${this.messages}`,
      command,
      at: instant(this.clock),
    });
  }

  join(seat: SampleSeat): void {
    this.run({
      type: 'join',
      participantId: seat.key,
      name: seat.name,
      isFacilitator: seat.isFacilitator,
    });
    this.participants.push({
      key: seat.key,
      name: seat.name,
      organisationKey: seat.organisationKey,
      isFacilitator: seat.isFacilitator,
      createdAt: instant(this.clock),
    });
  }

  /** Adds an item and answers its id in the round. */
  add(participantId: string, roundId: string, text: string, categoryId?: string): string {
    this.run({
      type: 'add_item',
      participantId,
      roundId,
      text,
      ...(categoryId === undefined ? {} : { categoryId }),
    });
    const items = this.state.rounds[roundId]?.items ?? [];
    return items[items.length - 1]?.id ?? '';
  }

  /** A facilitator's command on a round that takes nothing else. */
  facilitate(
    facilitatorId: string,
    type: 'advance_phase' | 'go_to_round' | 'reveal_totals' | 'close_round' | 'start_timer',
    roundId: string,
  ): void {
    this.run({ type, participantId: facilitatorId, roundId }, 10, 90);
  }

  vote(participantId: string, roundId: string, ballot: Ballot): void {
    this.run({ type: 'vote', participantId, roundId, ballot }, 8, 70);
  }

  /** The ids of the round's items in the order added. */
  itemIds(roundId: string): string[] {
    return (this.state.rounds[roundId]?.items ?? []).map((item) => item.id);
  }
}

/** A whole rating from 1 to 5 around `mean`, so the group's mean comes near it. */
export function ratingAround(mean: number, rng: () => number): number {
  return Math.min(5, Math.max(1, Math.round(mean + (rng() - 0.5) * 2)));
}

/**
 * `dots` dots placed one by one on items drawn in proportion to their appeal, at most `maxPerItem`
 * on one item.
 */
export function dotsByAppeal(
  items: readonly { id: string; appeal: number }[],
  dots: number,
  maxPerItem: number,
  rng: () => number,
): Record<string, number> {
  const placed: Record<string, number> = {};
  for (let dot = 0; dot < dots; dot += 1) {
    const open = items.filter((item) => (placed[item.id] ?? 0) < maxPerItem && item.appeal > 0);
    const total = open.reduce((sum, item) => sum + item.appeal, 0);
    if (total <= 0) break;
    let draw = rng() * total;
    const chosen = open.find((item) => (draw -= item.appeal) < 0) ?? open[open.length - 1];
    if (chosen) placed[chosen.id] = (placed[chosen.id] ?? 0) + 1;
  }
  return placed;
}

/** The value on Saaty's scale (1-9 and reciprocals) nearest to a ratio of weights. */
export function saatyOf(ratio: number): number {
  const whole = (value: number) => Math.min(9, Math.max(1, Math.round(value)));
  return ratio >= 1 ? whole(ratio) : 1 / whole(1 / ratio);
}
