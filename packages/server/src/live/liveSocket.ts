// The live socket, GET /api/live/:code upgraded to a WebSocket (protocol: liveProtocol.ts): joins
// a participant to a LiveSession, runs their commands once each, and sends every connection its
// own view whenever the hub announces a change.

import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { LiveChannels, type ChannelMember } from './liveChannels';
import type { LiveHub } from './liveHub';
import {
  CLOSE_FLOOD,
  CLOSE_UNKNOWN_SESSION,
  readClientMessage,
  type CommandMessage,
  type HelloMessage,
  type ServerMessage,
} from './liveProtocol';
import type { LiveSession, LiveSessions } from './liveSessions';
import { TokenBucket } from './tokenBucket';

export interface LiveLimits {
  /** Largest client frame, bytes; a bigger one closes the connection with 1009. */
  maxMessageBytes: number;
  /** Token bucket per connection: burst and messages per second. */
  burst: number;
  perSecond: number;
  /** Dropped messages after which a flooding connection is closed with 4429. */
  closeAfterDropped: number;
  /** Ping interval, ms; a connection that missed the previous pong is terminated. */
  heartbeatMs: number;
  /** Least time between two state fan-outs of one session, ms. */
  fanOutIntervalMs: number;
  /** Command ids remembered per participant for repeats. */
  idempotencyWindow: number;
  /** A state is not queued on a connection with more than this many bytes unsent (slow reader). */
  maxBufferedBytes: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxMessageBytes: 16 * 1024,
  burst: 20,
  perSecond: 10,
  closeAfterDropped: 200,
  heartbeatMs: 25_000,
  fanOutIntervalMs: 100,
  idempotencyWindow: 1_000,
  maxBufferedBytes: 1024 * 1024,
};

export interface LiveSocketOptions {
  sessions: LiveSessions;
  hub: LiveHub;
  limits?: Partial<LiveLimits>;
}

const CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export async function liveSocket(app: FastifyInstance, options: LiveSocketOptions) {
  const limits = { ...DEFAULT_LIVE_LIMITS, ...options.limits };
  const channels = new LiveChannels(options.hub, {
    fanOutIntervalMs: limits.fanOutIntervalMs,
    windowSize: limits.idempotencyWindow,
    idleMs: 10 * 60_000,
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: limits.maxMessageBytes } });

  const alive = new WeakMap<WebSocket, boolean>();
  const heartbeat = setInterval(() => {
    for (const socket of app.websocketServer.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, limits.heartbeatMs);
  heartbeat.unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    channels.close();
  });

  app.get<{ Params: { code: string } }>(
    '/api/live/:code',
    { websocket: true, schema: { hide: true } },
    (socket, request) => {
      alive.set(socket, true);
      socket.on('pong', () => alive.set(socket, true));
      const connection = new LiveConnection(socket, channels, limits);
      connection.start(request.params.code, options.sessions);
    },
  );
}

/** One socket: its rate limit, its queue of messages (handled in order) and its participant. */
class LiveConnection implements ChannelMember {
  participantId = '';
  private session: LiveSession | null = null;
  private joined = false;
  private leave: () => void = () => undefined;
  private lastVersion = -Infinity;
  private queue: Promise<void> = Promise.resolve();
  private readonly bucket: TokenBucket;
  private dropped = 0;
  private droppedInARow = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly channels: LiveChannels,
    private readonly limits: LiveLimits,
  ) {
    this.bucket = new TokenBucket(limits.burst, limits.perSecond);
  }

  start(code: string, sessions: LiveSessions) {
    // Listen at once: frames that arrive while the session opens wait in the queue.
    this.socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    this.socket.on('close', () => this.leave());
    this.enqueue(async () => {
      const session = CODE_PATTERN.test(code) ? await sessions.open(code) : null;
      if (!session) {
        this.send({
          type: 'error',
          code: 'unknown_session',
          message: 'No live session has this code.',
        });
        this.socket.close(CLOSE_UNKNOWN_SESSION, 'unknown code');
        return;
      }
      this.session = session;
    });
  }

  async refresh() {
    if (!this.session || !this.joined) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) return;
    const { version, view } = await this.session.view(this.participantId);
    // Two reloads may finish out of order: never send a screen older than the one it shows.
    if (version <= this.lastVersion) return;
    this.lastVersion = version;
    this.send({ type: 'state', version, view });
  }

  private receive(data: RawData, isBinary: boolean) {
    if (!this.bucket.take()) {
      this.dropped += 1;
      this.droppedInARow += 1;
      if (this.dropped >= this.limits.closeAfterDropped) {
        this.socket.close(CLOSE_FLOOD, 'too many messages');
        return;
      }
      // Once per run of drops: answering every dropped frame would amplify the flood.
      if (this.droppedInARow === 1)
        this.send({
          type: 'error',
          code: 'rate_limited',
          message: `Too many messages: at most ${this.limits.perSecond} a second; this one and any more are dropped.`,
        });
      return;
    }
    this.droppedInARow = 0;
    const text = isBinary ? null : textOf(data);
    this.enqueue(() => this.handle(text));
  }

  private enqueue(task: () => Promise<void>) {
    this.queue = this.queue.then(task).catch(() => {
      this.send({
        type: 'error',
        code: 'internal',
        message: 'The server could not handle this message.',
      });
    });
  }

  private async handle(text: string | null) {
    if (!this.session) return; // unknown code: already closing
    if (text === null) return this.badMessage('messages are JSON text, not binary');
    const read = readClientMessage(text);
    if ('error' in read) return this.badMessage(read.error);
    if (read.message.type === 'hello') return this.hello(this.session, read.message);
    return this.command(this.session, read.message);
  }

  private async hello(session: LiveSession, message: HelloMessage) {
    if (this.joined)
      return this.send({
        type: 'error',
        code: 'already_joined',
        message: 'This connection has joined already.',
      });
    const result = await session.hello(
      message.token ?? null,
      message.name ?? null,
      message.organisationId ?? null,
    );
    if ('error' in result)
      return this.send({ type: 'error', code: 'hello_refused', message: result.error });
    this.participantId = result.participantId;
    this.joined = true;
    this.send({ type: 'welcome', participantId: result.participantId, token: result.token });
    this.leave = this.channels.join(session.channel, this);
    if (this.socket.readyState !== this.socket.OPEN) this.leave();
    await this.refresh();
  }

  private async command(session: LiveSession, message: CommandMessage) {
    if (!this.joined)
      return this.send({
        type: 'error',
        code: 'not_joined',
        message: 'Send hello before commands.',
      });
    const window = this.channels.window(session.channel, this.participantId);
    const { result } = window.run(message.id, () =>
      session.command(this.participantId, message.body, message.id),
    );
    try {
      const outcome = await result;
      this.send(
        outcome.ok
          ? { type: 'ack', id: message.id, ok: true }
          : {
              type: 'ack',
              id: message.id,
              ok: false,
              code: outcome.code,
              message: outcome.message,
            },
      );
    } catch {
      this.send({
        type: 'ack',
        id: message.id,
        ok: false,
        code: 'internal',
        message: 'The command failed; try again.',
      });
    }
  }

  private badMessage(message: string) {
    this.send({ type: 'error', code: 'bad_message', message });
  }

  private send(message: ServerMessage) {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message));
  }
}

/** ws hands over a Buffer (the default binaryType); the other shapes only for completeness. */
function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(new Uint8Array(data)).toString('utf8');
}
