// The connections of each live channel on this instance: one hub subscription per channel, the
// fan-out of fresh views when a notice arrives (coalesced, at most one round per interval), and
// each participant's idempotency window, which outlives their connection.

import { IdempotencyWindow } from './idempotencyWindow';
import type { LiveHub } from './liveHub';
import type { LiveCommandResult } from './liveSessions';

/** A joined connection, as the channel sees it. */
export interface ChannelMember {
  participantId: string;
  /** Sends this connection the session's current view (skipped when not newer than the last). */
  refresh(): Promise<void>;
}

interface Channel {
  members: Set<ChannelMember>;
  windows: Map<string, IdempotencyWindow<LiveCommandResult>>;
  unsubscribe: () => void;
  fanningOut: boolean;
  pending: boolean;
  evict: NodeJS.Timeout | undefined;
}

export interface LiveChannelsOptions {
  /** Least time between two fan-outs of one channel, ms: bounds the states per second. */
  fanOutIntervalMs: number;
  /** Command ids remembered per participant. */
  windowSize: number;
  /** How long a channel without connections keeps its windows, ms. */
  idleMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class LiveChannels {
  private readonly channels = new Map<string, Channel>();
  private closed = false;

  constructor(
    private readonly hub: LiveHub,
    private readonly options: LiveChannelsOptions,
  ) {}

  /** Adds a joined connection; returns the function that removes it. */
  join(name: string, member: ChannelMember): () => void {
    const channel = this.channel(name);
    clearTimeout(channel.evict);
    channel.evict = undefined;
    channel.members.add(member);
    return () => {
      channel.members.delete(member);
      if (channel.members.size > 0 || this.closed) return;
      channel.evict = setTimeout(() => this.evict(name, channel), this.options.idleMs);
      channel.evict.unref();
    };
  }

  /** The idempotency window of one participant of a channel. */
  window(name: string, participantId: string): IdempotencyWindow<LiveCommandResult> {
    const windows = this.channel(name).windows;
    let window = windows.get(participantId);
    if (!window)
      windows.set(participantId, (window = new IdempotencyWindow(this.options.windowSize)));
    return window;
  }

  close(): void {
    this.closed = true;
    for (const [name, channel] of this.channels) this.evict(name, channel);
  }

  private channel(name: string): Channel {
    const channel = this.channels.get(name);
    if (channel) return channel;
    const created: Channel = {
      members: new Set(),
      windows: new Map(),
      unsubscribe: () => undefined,
      fanningOut: false,
      pending: false,
      evict: undefined,
    };
    created.unsubscribe = this.hub.subscribe(name, () => this.fanOut(created));
    this.channels.set(name, created);
    return created;
  }

  private evict(name: string, channel: Channel) {
    clearTimeout(channel.evict);
    channel.unsubscribe();
    if (this.channels.get(name) === channel) this.channels.delete(name);
  }

  /**
   * Sends every member a fresh view. Notices that arrive meanwhile collapse into one more round,
   * started no sooner than the interval (or 1 ms per member, when more) after this one: under a
   * stream of votes each screen gets a steady few states per second, never one per vote.
   */
  private fanOut(channel: Channel) {
    if (channel.fanningOut) {
      channel.pending = true;
      return;
    }
    channel.fanningOut = true;
    void (async () => {
      do {
        channel.pending = false;
        const started = performance.now();
        await Promise.all([...channel.members].map((m) => m.refresh().catch(() => undefined)));
        // A large room waits longer between rounds (1 ms per screen, at least the interval), so
        // fan-out stays near one frame per millisecond and acknowledgements are not starved.
        const interval = Math.max(this.options.fanOutIntervalMs, channel.members.size);
        const rest = interval - (performance.now() - started);
        if (rest > 0) await sleep(rest);
      } while (channel.pending && !this.closed);
      channel.fanningOut = false;
    })();
  }
}
