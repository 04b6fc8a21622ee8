// `papers dupes`: groups of entries that carry the same paper across digests. Exact repeats are
// already one paper with several entries; re-posts with edits are found by nearest neighbours in
// the vector index, confirmed by their text, and joined transitively.
import type { Entry } from '../ingest/types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import { buildGroups } from './build-groups.js';
import { DEDUP } from '../config.js';
import type { DuplicateGroup } from './duplicate-types.js';
import { findCandidatePairs } from './find-candidate-pairs.js';
import { judgePair } from './judge-pair.js';
import { compareTexts, type TextEvidence } from './text-evidence.js';
import { createFingerprinter, type PaperText, type TextFingerprint } from './text-fingerprint.js';

/** Plain inputs, so tests and the benchmark need no index folder. Ordinal = position in `papers`. */
export interface DuplicateCorpus {
  papers: readonly PaperText[];
  entries: readonly DuplicateSourceEntry[];
  /** Unit vectors, one per paper ordinal. */
  vectors: readonly Float32Array[];
  vectorIndex: VectorIndex;
}

export type DuplicateSourceEntry = Pick<Entry, 'id' | 'paperId' | 'title' | 'digest' | 'digestDate' | 'position'>;

export interface DuplicateOptions {
  /** Lowest text similarity for two postings to be one paper, 0-1; higher is stricter (default DEDUP.threshold, 0.6). */
  threshold?: number;
  /** Cosine gate, 0-1 (default DEDUP.minCosine, 0.7). */
  minCosine?: number;
  /** Neighbours searched per paper (default DEDUP.neighbours, 10). */
  neighbours?: number;
}

/** An accepted pair: two papers judged to be one. */
export interface DuplicateLink {
  a: number;
  b: number;
  cosine: number;
  evidence: TextEvidence;
}

export async function findDuplicates(corpus: DuplicateCorpus, options: DuplicateOptions = {}): Promise<DuplicateGroup[]> {
  const candidates = await findCandidatePairs(corpus.vectors, corpus.papers.map((paper) => paper.id), corpus.vectorIndex, {
    neighbours: options.neighbours ?? DEDUP.neighbours,
    minCosine: options.minCosine ?? DEDUP.minCosine,
  });
  const links = judgeCandidates(corpus.papers, candidates, options);
  return buildGroups(corpus, links);
}

/** The candidate pairs whose texts confirm them, each with its evidence. */
export function judgeCandidates(
  papers: readonly PaperText[],
  candidates: readonly { a: number; b: number; cosine: number }[],
  options: DuplicateOptions = {},
): DuplicateLink[] {
  const fingerprintOf = createFingerprinter();
  const fingerprints: (TextFingerprint | undefined)[] = new Array(papers.length);
  const fingerprintAt = (ordinal: number) => (fingerprints[ordinal] ??= fingerprintOf(papers[ordinal]!));
  const links: DuplicateLink[] = [];
  for (const { a, b, cosine } of candidates) {
    const evidence = compareTexts(fingerprintAt(a), fingerprintAt(b));
    if (judgePair(cosine, evidence, options)) links.push({ a, b, cosine, evidence });
  }
  return links;
}
