/** The middle value; with an even count, the mean of the two middle values. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
};

/** A rate is only ever shown beside its numerator and denominator; with nothing to divide by it is null. */
export const rate = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;
