// What the duplicate search reads: plain papers, entries and vectors (so tests and benchmarks need
// no index folder), and its options merged with the defaults once.
import { DEDUP } from '../config.js';
import type { Entry } from '../ingest/types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import type { PaperText } from './text-fingerprint.js';

/** Ordinal = position in `papers`. */
export interface DuplicateCorpus {
  papers: readonly PaperText[];
  entries: readonly DuplicateSourceEntry[];
  /** Unit vectors, one per paper ordinal. */
  vectors: readonly Float32Array[];
  vectorIndex: VectorIndex;
}

export type DuplicateSourceEntry = Pick<Entry, 'id' | 'paperId' | 'title' | 'digest' | 'digestDate' | 'position' | 'externalId'>;

export interface DuplicateOptions {
  /** Lowest text similarity for two postings to be one paper, 0-1; higher is stricter (default DEDUP.threshold, 0.6). */
  threshold?: number;
  /** Cosine gate, 0-1 (default DEDUP.minCosine, 0.7). */
  minCosine?: number;
  /** Neighbours searched per paper (default DEDUP.neighbours, 10). */
  neighbours?: number;
  /** Look for re-posts rewritten in new words (`rewritten`), not only edited ones (default true). */
  rewritten?: boolean;
}

export type ResolvedDuplicateOptions = Required<DuplicateOptions>;

export function resolveDuplicateOptions(options: DuplicateOptions = {}): ResolvedDuplicateOptions {
  return {
    threshold: options.threshold ?? DEDUP.threshold,
    minCosine: options.minCosine ?? DEDUP.minCosine,
    neighbours: options.neighbours ?? DEDUP.neighbours,
    rewritten: options.rewritten ?? true,
  };
}
