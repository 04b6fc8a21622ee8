// The automatic number of themes: k-means for each k in a range sized to the corpus, scored by
// the mean cosine silhouette; the k with the best silhouette wins (the smaller k on a tie).
import { clusterVectors } from './cluster-vectors.js';
import { createRandom, sampleIndexes } from '../seeded-random.js';
import { meanSilhouette, similarityMatrix } from './silhouette.js';
import { THEMES } from '../config.js';

export interface KChoice {
  k: number;
  /** The mean silhouette of each k tried, in increasing k. Empty when the corpus allows one k only. */
  tried: { k: number; score: number }[];
}

/** The range of k tried for a corpus of `count` papers: [min(4, …), min(24, √(2n), n − 1)]. */
export function kRangeFor(count: number): { low: number; high: number } {
  const high = Math.min(THEMES.maxK, Math.floor(Math.sqrt(2 * count)), count - 1);
  if (high < 2) return { low: 1, high: 1 };
  return { low: Math.max(2, Math.min(THEMES.minK, Math.floor(high / 2))), high };
}

export function chooseK(vectors: Float32Array[], seed: number = THEMES.seed): KChoice {
  const { low, high } = kRangeFor(vectors.length);
  if (low === high) return { k: low, tried: [] };
  // Silhouette needs all pairwise similarities: past choiceSampleSize papers, a seeded sample
  // stands in for the corpus (the final clustering still uses every paper).
  const sample = sampleIndexes(vectors.length, THEMES.choiceSampleSize, createRandom(seed)).map((index) => vectors[index]!);
  const similarities = similarityMatrix(sample);
  const tried: KChoice['tried'] = [];
  for (let k = low; k <= Math.min(high, sample.length - 1); k += 1) {
    const clustering = clusterVectors(sample, k, { seed, workBudget: THEMES.choiceWorkBudget });
    tried.push({ k, score: meanSilhouette(similarities, clustering.assignments, k) });
  }
  const best = tried.reduce((winner, candidate) => (candidate.score > winner.score ? candidate : winner));
  return { k: best.k, tried };
}
