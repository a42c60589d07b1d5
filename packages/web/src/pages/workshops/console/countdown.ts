// The round timer as a countdown: seconds left from the timer's end and the clock, and "m:ss".

/** Whole seconds left until `endsAt` (epoch ms), rounded up so 0 shows only once time is up. */
export function secondsLeft(timer: { endsAt: number } | null, now: number): number | null {
  if (!timer) return null;
  return Math.max(0, Math.ceil((timer.endsAt - now) / 1_000));
}

/** 75 -> "1:15", 3600 -> "60:00"; minutes are not wrapped into hours (timers are short). */
export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
