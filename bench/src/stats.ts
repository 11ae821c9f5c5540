/** Order statistics used by every suite. Inputs are copied, never sorted in place. */

/** The `q`-quantile (0…1) by linear interpolation between order statistics (the "R-7" rule). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  return low + ((sorted[upper] as number) - low) * (position - lower);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** p50 and p99 of a sample, in the sample's unit. */
export function percentiles(values: readonly number[]): { p50: number; p99: number; n: number } {
  return { p50: quantile(values, 0.5), p99: quantile(values, 0.99), n: values.length };
}

/**
 * How a cost grows with size: the slope of log(time) over log(size) between the smallest and the
 * largest size. 1 is linear, 2 quadratic, below 1 means a fixed cost still dominates.
 */
export function growthExponent(points: readonly { size: number; time: number }[]): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first.size === last.size) return Number.NaN;
  return Math.log(last.time / first.time) / Math.log(last.size / first.size);
}
