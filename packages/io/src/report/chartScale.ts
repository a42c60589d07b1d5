// A value axis with round ticks (0, 20, 40 ... or 0, 0.5, 1.0 ...) that covers the data, for the
// report's charts. The classic "nice numbers" choice: steps of 1, 2, 2.5 or 5 times a power of ten.

export interface ChartScale {
  min: number;
  max: number;
  step: number;
  /** From min to max inclusive, every step. */
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round axis bounds and ticks covering [low, high] with about `target` intervals. `integer`
 * keeps steps whole (an axis of counts never shows 0.5). Equal bounds are widened: around 0 to
 * [0, 1], otherwise by one unit of their magnitude either side; bounds within 1e-12 of each
 * other (relative) count as equal. Non-finite bounds give [0, 1].
 */
export function chartScale(low: number, high: number, target = 5, integer = false): ChartScale {
  let min = Number.isFinite(low) ? low : 0;
  let max = Number.isFinite(high) ? high : 1;
  if (min > max) [min, max] = [max, min];
  // Bounds closer than the numbers' precision allows count as equal (0 and 5e-324), and a value
  // within 1e-12 of zero as zero.
  if (max - min <= 1e-12 * Math.max(1, Math.abs(min), Math.abs(max))) {
    const value = min;
    if (Math.abs(value) < 1e-12) [min, max] = [0, 1];
    else {
      const unit = 10 ** Math.floor(Math.log10(Math.abs(value)));
      [min, max] = [value - unit, value + unit];
    }
  }
  const rough = (max - min) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = (STEPS.find((factor) => factor * power >= rough * (1 - 1e-9)) ?? 10) * power;
  if (integer) step = Math.max(1, Math.ceil(step));
  // Snap to the step's grid; the small tolerance keeps 0.30000000000000004 from adding a tick.
  const first = Math.floor(min / step + 1e-9) * step;
  // At least one interval, even when the data sit within the tolerance of one tick.
  const last = Math.max(first + step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let index = 0; first + index * step <= last + step * 1e-9; index += 1) {
    ticks.push(Number((first + index * step).toPrecision(12)));
  }
  return { min: ticks[0] ?? first, max: ticks[ticks.length - 1] ?? last, step, ticks };
}
