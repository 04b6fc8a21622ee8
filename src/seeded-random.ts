// A small seeded PRNG (mulberry32): the same seed gives the same stream on every platform, which
// Math.random cannot promise. Good enough for sampling and k-means++, not for cryptography.

export type Random = () => number;

/** A function returning uniform numbers in [0, 1), fully determined by `seed`. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct indexes out of 0..total-1, in increasing order (all of them when count ≥ total). */
export function sampleIndexes(total: number, count: number, random: Random): number[] {
  const all = Array.from({ length: total }, (_, index) => index);
  if (count >= total) return all;
  // Partial Fisher–Yates: only the first `count` slots are shuffled.
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (total - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count).sort((a, b) => a - b);
}
