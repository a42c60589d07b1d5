// The workshop bench's simulated participants: each joins over the live socket with a name, then
// votes (a fresh points ballot under a new message id, or now and then a repeat of an earlier id)
// until the deadline, awaiting each acknowledgement and thinking a random while in between.

import { WebSocket } from 'ws';

/** Share of messages that repeat an earlier id (a client unsure its vote arrived). */
const REPEAT_SHARE = 0.02;
/**
 * How long one acknowledgement or welcome may take, ms: a participant left without an answer
 * stops voting and is counted as unanswered (its vote may or may not have been stored).
 */
const ANSWER_TIMEOUT_MS = 120_000;

/** How a state frame starts (the server writes `type` first). */
const STATE_PREFIX = Buffer.from('{"type":"state"');

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/** A random allocation of `points` over the items (every point on some item). */
function pointsBallot(itemIds, points) {
  const allocation = Object.fromEntries(itemIds.map((id) => [id, 0]));
  for (let left = points; left > 0;) {
    const chunk = Math.min(left, 1 + Math.floor(Math.random() * 20));
    allocation[itemIds[Math.floor(Math.random() * itemIds.length)]] += chunk;
    left -= chunk;
  }
  return { method: 'points', points: allocation };
}

/** A joined participant: its socket and a way to await the answer keyed by an ack id. */
async function join(url, index, stats) {
  const socket = new WebSocket(url);
  const pending = new Map();
  const failAll = (error) => {
    for (const waiter of pending.values()) waiter.fail(error);
    pending.clear();
  };
  socket.on('message', (data) => {
    // The states fanned out after every change are not needed here: skip decoding them, as the
    // client shares the machine's cores with the server.
    if (STATE_PREFIX.equals(data.subarray(0, STATE_PREFIX.length))) {
      stats.states += 1;
      stats.stateBytes += data.length;
      return;
    }
    const message = JSON.parse(String(data));
    if (message.type === 'error') failAll(new Error(`${message.code}: ${message.message}`));
    const waiter = pending.get(message.type === 'ack' ? message.id : message.type);
    if (waiter) {
      pending.delete(message.type === 'ack' ? message.id : message.type);
      waiter.done(message);
    }
  });
  socket.on('close', (code) => failAll(new Error(`socket closed (${code})`)));
  const expect = (key) =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no answer to ${key}`)), ANSWER_TIMEOUT_MS);
      pending.set(key, {
        done: (message) => (clearTimeout(timer), done(message)),
        fail: (error) => (clearTimeout(timer), fail(error)),
      });
    });
  await new Promise((done, fail) => {
    socket.once('open', done);
    socket.once('error', fail);
  });
  const welcome = expect('welcome');
  socket.send(JSON.stringify({ type: 'hello', name: `Participant ${index + 1}` }));
  await welcome;
  return { socket, expect };
}

/** Votes until the deadline; `stats` collects the figures of every participant. */
async function vote(client, index, deadline, plan, round, stats) {
  const acknowledged = [];
  let next = 0;
  const think = () => plan.thinkMin + Math.random() * (plan.thinkMax - plan.thinkMin);
  const refused = (code) => (stats.refusals[code] = (stats.refusals[code] ?? 0) + 1);
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, think()));
    // A repeat: an id acknowledged ok before, sent again; it must not count twice.
    const repeat = acknowledged.length > 0 && Math.random() < REPEAT_SHARE;
    const id = repeat
      ? acknowledged[Math.floor(Math.random() * acknowledged.length)]
      : `p${index}-${next++}`;
    const body = {
      type: 'vote',
      roundId: round.roundId,
      ballot: pointsBallot(round.itemIds, round.points),
    };
    const acked = client.expect(id);
    const started = performance.now();
    client.socket.send(JSON.stringify({ type: 'command', id, body }));
    let ack;
    try {
      ack = await acked;
    } catch (error) {
      stats.unanswered += 1;
      stats.problems.add(error.message.replace(/ to p\d+-\d+$/, ''));
      return;
    }
    const ms = performance.now() - started;
    if (repeat) {
      stats.repeats += 1;
      if (!ack.ok) refused(`repeat:${ack.code}`);
      continue;
    }
    stats.latencies.push(ms);
    if (ack.ok) {
      stats.sent += 1;
      acknowledged.push(id);
    } else {
      stats.refused += 1;
      refused(ack.code);
    }
  }
}

/**
 * Joins `plan.participants` participants at once, then has them vote for `plan.durationS` seconds
 * (the clock starts when all have joined). Answers the figures: sent (fresh ids acknowledged ok),
 * refused (by code), repeats, unanswered (no acknowledgement in time, or the socket closed), p50,
 * p99 and max acknowledgement time of fresh votes (ms), votes per second, the time everybody took
 * to join (s), and the state frames received (count and bytes, all participants together).
 */
export async function drive(url, plan, round) {
  const stats = {
    sent: 0,
    refused: 0,
    repeats: 0,
    unanswered: 0,
    states: 0,
    stateBytes: 0,
    problems: new Set(),
    refusals: {},
    latencies: [],
  };
  const joining = performance.now();
  const clients = await Promise.all(
    Array.from({ length: plan.participants }, (_, index) => join(url, index, stats)),
  );
  const joinS = (performance.now() - joining) / 1000;
  const started = Date.now();
  const deadline = started + plan.durationS * 1000;
  try {
    await Promise.all(
      clients.map((client, index) => vote(client, index, deadline, plan, round, stats)),
    );
  } finally {
    for (const client of clients) client.socket.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const sorted = stats.latencies.sort((a, b) => a - b);
  return {
    ...stats,
    joinS,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    perSecond: stats.sent / seconds,
  };
}
