// The duplicate decision for one pair of papers. Both kinds of evidence must agree: the embedding
// only gates (distinct papers on one topic reach cosine 0.86, and the model never sees text past
// 256 tokens), the texts decide.
import { DEDUP } from '../config.js';
import type { TextEvidence } from './text-evidence.js';

export interface JudgeOptions {
  /** Lowest text similarity for a match, 0-1 (default DEDUP.threshold). */
  threshold?: number;
  /** Lowest cosine similarity for a match, 0-1 (default DEDUP.minCosine). */
  minCosine?: number;
}

export function judgePair(cosine: number, evidence: TextEvidence, options: JudgeOptions = {}): boolean {
  if (cosine < (options.minCosine ?? DEDUP.minCosine)) return false;
  const threshold = options.threshold ?? DEDUP.threshold;
  if (evidence.basis === 'title') return evidence.titleSimilarity >= Math.max(threshold, DEDUP.minTitleOnlySimilarity);
  return evidence.textSimilarity >= threshold;
}
