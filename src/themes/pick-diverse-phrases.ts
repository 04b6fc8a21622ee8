// Maximal marginal relevance (Carbonell & Goldstein): pick phrases close to the theme's centroid
// but unlike the phrases already picked, so a label does not say "kv cache · kv caches".
import { cosineSimilarity } from '../vector-math.js';

export interface PhraseCandidate {
  key: string;
  surface: string;
  vector: Float32Array;
}

/**
 * Up to `count` candidates by MMR: λ · similarity to `target` − (1 − λ) · highest similarity
 * to a phrase already picked. λ = 1 ranks by closeness alone; 0.5–0.8 is the usual range.
 * A candidate whose stems contain, or are contained in, a picked one's is skipped.
 */
export function pickDiversePhrases(candidates: PhraseCandidate[], target: Float32Array, count: number, lambda: number): PhraseCandidate[] {
  const relevance = candidates.map((candidate) => cosineSimilarity(candidate.vector, target));
  const picked: number[] = [];
  while (picked.length < count) {
    let best = -1;
    let bestScore = -Infinity;
    candidates.forEach((candidate, i) => {
      if (picked.includes(i) || picked.some((j) => overlaps(candidate.key, candidates[j]!.key))) return;
      const redundancy = picked.reduce((max, j) => Math.max(max, cosineSimilarity(candidate.vector, candidates[j]!.vector)), 0);
      const score = lambda * relevance[i]! - (1 - lambda) * redundancy;
      // Strictly greater: on a tie the candidate ranked higher by c-TF-IDF stays first.
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) break;
    picked.push(best);
  }
  return picked.map((i) => candidates[i]!);
}

function overlaps(a: string, b: string): boolean {
  const stemsA = new Set(a.split(' '));
  const stemsB = new Set(b.split(' '));
  return [...stemsA].every((stem) => stemsB.has(stem)) || [...stemsB].every((stem) => stemsA.has(stem));
}
