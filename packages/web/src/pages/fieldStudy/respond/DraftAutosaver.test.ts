// The draft autosaver: debounced, newest answers only, one request at a time, retries, final errors.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAutosaver, type SaveStatus } from './DraftAutosaver';

function setup(save: (data: string) => Promise<void>) {
  const statuses: SaveStatus[] = [];
  const finalErrors: unknown[] = [];
  const saver = new DraftAutosaver<string>({
    save,
    onStatus: (status) => statuses.push(status),
    isFinal: (error) => error === 'closed',
    onFinalError: (error) => finalErrors.push(error),
    describe: (error) => String(error),
    now: () => new Date('2026-05-04T10:42:00Z'),
    debounceMs: 1500,
    retryMs: [2000, 5000],
  });
  return { saver, statuses, finalErrors };
}

describe('DraftAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves only the newest answers, 1.5 s after the last change', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver, statuses } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(1400);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(save.mock.calls).toEqual([['ab']]);
    expect(statuses.map((s) => s.kind)).toEqual(['saving', 'saved']);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('flush saves at once without waiting for the pause', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver } = setup(save);
    saver.change('page 1 done');
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls).toEqual([['page 1 done']]);
  });

  it('sends one request at a time and then the answers typed meanwhile', async () => {
    let release: () => void = () => undefined;
    const save = vi.fn(
      (data: string) =>
        new Promise<void>((resolve) => {
          release = resolve;
          void data;
        }),
    );
    const { saver } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1500);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsaved()).toBe(true);
    release();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save.mock.calls).toEqual([['a'], ['ab']]);
  });

  it('keeps failed answers, reports the reason and retries with growing waits', async () => {
    const save = vi
      .fn<(data: string) => Promise<void>>()
      .mockRejectedValueOnce('offline')
      .mockRejectedValueOnce('offline')
      .mockResolvedValue(undefined);
    const { saver, statuses } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1500);
    expect(statuses.at(-1)).toEqual({ kind: 'failed', reason: 'offline', retryInMs: 2000 });
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses.at(-1)).toEqual({ kind: 'failed', reason: 'offline', retryInMs: 5000 });
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(4999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls.map(([data]) => data)).toEqual(['a', 'a', 'ab']);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('stops on a final error and tells the page once', async () => {
    const save = vi.fn(() => Promise.reject('closed'));
    const { saver, finalErrors, statuses } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1500);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(finalErrors).toEqual(['closed']);
    expect(statuses.map((s) => s.kind)).toEqual(['saving']);
  });

  it('saves nothing after stop', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { saver } = setup(save);
    saver.change('a');
    saver.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).not.toHaveBeenCalled();
  });
});
