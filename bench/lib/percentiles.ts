/**
 * The nearest-rank percentile of a list of samples: the smallest sample with at least `p`% of all
 * samples at or below it.
 *
 * @example percentile([5, 1, 4, 2, 3], 50) // 3
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples to take a percentile of');
  if (p <= 0 || p > 100) throw new Error(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}

/** The middle sample (nearest rank), the figure reported for repeated runs. */
export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Milliseconds rounded to one decimal for reporting. */
export const roundMs = (ms: number): number => Math.round(ms * 10) / 10;
