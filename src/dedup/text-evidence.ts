// The lexical side of the duplicate decision: how much two postings' texts agree, over the whole
// abstract (the embedding only sees its first 256 tokens) and the title.
import { DEDUP } from '../config.js';
import type { TextFingerprint } from './text-fingerprint.js';

export interface TextEvidence {
  /** Dice coefficient of the titles' character trigrams, 0-1. */
  titleSimilarity: number;
  /** Shared shingles over the shingles of the shorter abstract, 0-1: 1 for a truncated re-post. */
  abstractContainment: number;
  /** Shared shingles over all distinct shingles of both abstracts (Jaccard), 0-1. */
  abstractOverlap: number;
  /** What the decision compares with the threshold, 0-1. */
  textSimilarity: number;
  /** `abstract` when both abstracts are long enough to compare, else `title`. */
  basis: 'abstract' | 'title';
}

export interface TextEvidenceOptions {
  minShingles?: number;
  abstractWeight?: number;
  titleWeight?: number;
}

export function compareTexts(a: TextFingerprint, b: TextFingerprint, options: TextEvidenceOptions = {}): TextEvidence {
  const minShingles = options.minShingles ?? DEDUP.minShingles;
  const titleShared = countShared(a.titleGrams, b.titleGrams);
  const titleTotal = a.titleGrams.length + b.titleGrams.length;
  const titleSimilarity = titleTotal === 0 ? 0 : (2 * titleShared) / titleTotal;

  const shared = countShared(a.abstractShingles, b.abstractShingles);
  const shorter = Math.min(a.abstractShingles.length, b.abstractShingles.length);
  const union = a.abstractShingles.length + b.abstractShingles.length - shared;
  const abstractContainment = shorter === 0 ? 0 : shared / shorter;
  const abstractOverlap = union === 0 ? 0 : shared / union;

  if (shorter < minShingles) {
    return { titleSimilarity, abstractContainment, abstractOverlap, textSimilarity: titleSimilarity, basis: 'title' };
  }
  const abstractWeight = options.abstractWeight ?? DEDUP.abstractWeight;
  const titleWeight = options.titleWeight ?? DEDUP.titleWeight;
  const textSimilarity = (abstractWeight * abstractContainment + titleWeight * titleSimilarity) / (abstractWeight + titleWeight);
  return { titleSimilarity, abstractContainment, abstractOverlap, textSimilarity, basis: 'abstract' };
}

/** Size of the intersection of two sorted arrays of distinct values, by one merge pass. */
function countShared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const left = a[i]!;
    const right = b[j]!;
    if (left === right) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return shared;
}
