/**
 * A small seeded generator (mulberry32): the demo must come out the same for the same seed,
 * on every machine, so Math.random is never used.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  hex(length: number): string;
}

export const seededRandom = (seed: number): SeededRandom => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[integer(0, items.length - 1)];
    if (item === undefined) {
      throw new RangeError('pick needs at least one item');
    }
    return item;
  };
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let target = next() * total;
    for (const [choice, weight] of choices) {
      target -= weight;
      if (target < 0) {
        return choice;
      }
    }
    return pick(choices.map(([choice]) => choice));
  };
  return {
    next,
    integer,
    chance: (probability) => next() < probability,
    pick,
    weighted,
    hex: (length) => Array.from({ length }, () => integer(0, 15).toString(16)).join(''),
  };
};
