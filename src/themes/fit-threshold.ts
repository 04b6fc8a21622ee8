// When a paper fits a topic: its cosine similarity to the topic's centroid against the topic's own
// spread. Each member is scored against the centroid of the *other* members (leave-one-out), which
// is what a new paper meets; a paper below mean − z·sd of those scores would be an outlier among
// the topic's own papers, so it fits no topic.
import { THEMES } from '../config.js';
import { dotProduct } from '../vector-math.js';

/**
 * The fit threshold of each topic (members as unit vectors). A small topic's spread is pulled
 * towards the spread pooled over all topics (`priorPapers` pseudo-papers of it), so five papers
 * cannot make a threshold of their own; a one-paper topic takes the pooled figures whole.
 */
export function computeFitThresholds(topics: Float32Array[][], options: { z: number; priorPapers: number } = THEMES.fit): number[] {
  const scores = topics.map(leaveOneOutCosines);
  const all = scores.flat();
  const pooledMean = mean(all);
  const pooledVariance = variance(all, pooledMean);
  return scores.map((own) => {
    if (own.length === 0) return pooledMean - options.z * Math.sqrt(pooledVariance);
    const ownMean = mean(own);
    const freedom = own.length - 1;
    const shrunk = (freedom * variance(own, ownMean) + options.priorPapers * pooledVariance) / (freedom + options.priorPapers);
    const shrunkMean = (own.length * ownMean + options.priorPapers * pooledMean) / (own.length + options.priorPapers);
    return shrunkMean - options.z * Math.sqrt(shrunk);
  });
}

/** Cosine similarity of each member to the centroid of the other members; empty below two members. */
export function leaveOneOutCosines(members: Float32Array[]): number[] {
  if (members.length < 2) return [];
  const sum = new Float64Array(members[0]!.length);
  for (const vector of members) for (let d = 0; d < vector.length; d += 1) sum[d]! += vector[d]!;
  const sumVector = Float32Array.from(sum);
  const sumNormSquared = dotProduct(sumVector, sumVector);
  return members.map((vector) => {
    // (S − x)·x / ‖S − x‖ with ‖S − x‖² = ‖S‖² − 2 S·x + ‖x‖².
    const dot = dotProduct(sumVector, vector);
    const own = dotProduct(vector, vector);
    const norm = Math.sqrt(Math.max(sumNormSquared - 2 * dot + own, Number.EPSILON));
    return (dot - own) / norm;
  });
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function variance(values: number[], center: number): number {
  return values.length < 2 ? 0 : values.reduce((sum, value) => sum + (value - center) ** 2, 0) / (values.length - 1);
}
