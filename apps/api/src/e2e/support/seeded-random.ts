/** A small seeded generator (mulberry32), so a test's mix of requests is the same on every run. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { integer: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)) };
};

export type SeededRandom = ReturnType<typeof seededRandom>;
