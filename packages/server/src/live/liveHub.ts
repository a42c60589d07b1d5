// The live layer's message bus: small change notices per logical channel (a workshop), delivered
// to every server instance. In one process (PGlite) a map of listeners; across instances Postgres
// LISTEN/NOTIFY (postgresLiveHub).

/**
 * Publishes and delivers notices. A notice says "something changed", e.g. `{"version":12}`; the
 * receivers reload the state from the database, so a notice stays small (PostgreSQL caps a
 * NOTIFY payload at 8000 bytes) and a lost one is repaired by the next.
 */
export interface LiveHub {
  /** Delivers `message` to every listener of `channel`, in this process and in the others. */
  publish(channel: string, message: string): Promise<void>;
  /**
   * Calls `listener` for each notice on `channel`, asynchronously, in publishing order per
   * publisher. After a gap in delivery (a reconnect) every listener gets LIVE_HUB_RESYNC, since
   * notices may have been lost. Returns the function that unsubscribes.
   */
  subscribe(channel: string, listener: (message: string) => void): () => void;
  /** Stops delivering; publishing afterwards fails. */
  close(): Promise<void>;
}

/** The notice a listener gets after a gap in delivery: reload everything. */
export const LIVE_HUB_RESYNC = '{"resync":true}';

/** Listeners per channel, shared by both hubs. */
export class ListenerRegistry {
  private readonly listeners = new Map<string, Set<(message: string) => void>>();

  add(channel: string, listener: (message: string) => void): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    // A wrapper per subscription, so the same function subscribed twice unsubscribes once.
    const entry = (message: string) => listener(message);
    set.add(entry);
    return () => {
      set.delete(entry);
      if (set.size === 0 && this.listeners.get(channel) === set) this.listeners.delete(channel);
    };
  }

  deliver(channel: string, message: string): void {
    for (const listener of [...(this.listeners.get(channel) ?? [])]) {
      try {
        listener(message);
      } catch {
        // One failing listener must not keep the notice from the others.
      }
    }
  }

  deliverToAll(message: string): void {
    for (const channel of [...this.listeners.keys()]) this.deliver(channel, message);
  }

  clear(): void {
    this.listeners.clear();
  }
}

/** The hub of one process: enough for the embedded database, which one server owns. */
export function memoryLiveHub(): LiveHub {
  const registry = new ListenerRegistry();
  let closed = false;
  return {
    async publish(channel, message) {
      if (closed) throw new Error('the live hub is closed');
      // Asynchronous like PostgreSQL's delivery, so callers cannot come to rely on re-entrancy.
      queueMicrotask(() => registry.deliver(channel, message));
    },
    subscribe: (channel, listener) => registry.add(channel, listener),
    async close() {
      closed = true;
      registry.clear();
    },
  };
}
