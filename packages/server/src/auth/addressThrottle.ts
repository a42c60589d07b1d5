// A second limit on sign-in, per network address alone (the route's own limit counts per address
// and email): many emails tried from one place are slowed down too. @fastify/rate-limit runs one
// limiter per request, so this one is separate; in memory, per server instance.

import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError';

export function addressThrottle({
  max,
  windowMs,
  now,
}: {
  max: number;
  windowMs: number;
  now: () => Date;
}) {
  const windows = new Map<string, { start: number; count: number }>();
  return async (request: FastifyRequest) => {
    const time = now().getTime();
    // Forget finished windows now and then, so the map does not grow without bound.
    if (windows.size > 10_000)
      for (const [key, w] of windows) if (time - w.start >= windowMs) windows.delete(key);
    const current = windows.get(request.ip);
    const window = current && time - current.start < windowMs ? current : { start: time, count: 0 };
    window.count += 1;
    windows.set(request.ip, window);
    if (window.count > max)
      throw new HttpError(
        429,
        'rate_limited',
        'too many sign-in attempts from this address; wait a few minutes and try again',
      );
  };
}
