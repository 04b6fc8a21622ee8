// The decision for a pair whose texts overlap: both kinds of evidence must agree. The embedding
// only gates (distinct papers on one topic reach cosine 0.86, and the model never sees text past
// 256 tokens), the texts decide.
import { DEDUP } from '../config.js';
import type { TextEvidence } from './text-evidence.js';

export interface JudgeOptions {
  /** Lowest text similarity for a match, 0-1. */
  threshold: number;
  /** Lowest cosine similarity for a match, 0-1. */
  minCosine: number;
}

/** True when the two postings are one paper with edits (`revised`). */
export function judgePair(cosine: number, evidence: TextEvidence, options: JudgeOptions): boolean {
  if (cosine < options.minCosine) return false;
  if (evidence.basis === 'title') return evidence.titleSimilarity >= Math.max(options.threshold, DEDUP.minTitleOnlySimilarity);
  return evidence.textSimilarity >= options.threshold;
}
