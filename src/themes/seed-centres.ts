// k-means++ seeding on Float32Array with a seeded PRNG. ml-kmeans seeds through ml-matrix row
// copies (≈ 50 s for 20k × 384 at k = 50, measured); this does the same greedy k-means++ as
// scikit-learn on a seeded sample in well under a second, and ml-kmeans takes the centres as its
// initialisation.
import { THEMES } from '../config.js';
import { createRandom, sampleIndexes, type Random } from '../seeded-random.js';
import { squaredDistance } from '../vector-math.js';

export interface SeedOptions {
  seed: number;
  /** Seeding looks at most at this many vectors (a seeded sample); default THEMES.seedSampleSize. */
  sampleSize?: number;
}

/** `k` distinct starting centres (copies of input vectors), spread out by greedy k-means++. */
export function seedCentres(vectors: Float32Array[], k: number, options: SeedOptions): Float32Array[] {
  if (k < 1 || k > vectors.length) throw new RangeError(`cannot seed ${k} centres from ${vectors.length} vectors`);
  const random = createRandom(options.seed);
  const sample = sampleIndexes(vectors.length, Math.max(k, options.sampleSize ?? THEMES.seedSampleSize), random).map((index) => vectors[index]!);
  // Greedy k-means++ (Arthur & Vassilvitskii; scikit-learn's variant): draw 2 + ln k candidates
  // per step and keep the one that lowers the total distance most.
  const trials = 2 + Math.floor(Math.log(k));
  const chosen = [Math.floor(random() * sample.length)];
  let closest = sample.map((vector) => squaredDistance(vector, sample[chosen[0]!]!));
  while (chosen.length < k) {
    let best: { index: number; distances: number[]; total: number } | null = null;
    for (let trial = 0; trial < trials; trial += 1) {
      const index = drawProportional(closest, random, chosen);
      const distances = closest.map((distance, i) => Math.min(distance, squaredDistance(sample[i]!, sample[index]!)));
      const total = distances.reduce((sum, distance) => sum + distance, 0);
      if (!best || total < best.total) best = { index, distances, total };
    }
    chosen.push(best!.index);
    closest = best!.distances;
  }
  return chosen.map((index) => sample[index]!.slice());
}

/** An index drawn with probability proportional to its weight; uniform among the unchosen when all weights are 0. */
function drawProportional(weights: number[], random: Random, chosen: number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total > 0) {
    let target = random() * total;
    for (let i = 0; i < weights.length; i += 1) {
      target -= weights[i]!;
      if (target < 0 && weights[i]! > 0) return i;
    }
    // Rounding can leave a sliver of `target`: fall back to the last positive weight.
    for (let i = weights.length - 1; i >= 0; i -= 1) if (weights[i]! > 0) return i;
  }
  // Every point coincides with a centre (duplicates): any point not yet chosen will do.
  const free = weights.map((_, i) => i).filter((i) => !chosen.includes(i));
  return free[Math.floor(random() * free.length)] ?? 0;
}
