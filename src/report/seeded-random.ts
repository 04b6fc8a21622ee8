// A small seeded pseudo-random generator (mulberry32), so the map is the same on every run for
// the same corpus: UMAP and sampling draw from it instead of Math.random.

/** Returns a function giving numbers in [0, 1), the same sequence for the same 32-bit seed. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
