// Duplicate links for the papers an index write adds: each new paper's nearest neighbours in the
// grown graph (new papers or old), judged by their texts. The library keeps the groups these links
// join, so search and similar read a hit's group instead of searching the whole library.
import type { VectorIndex } from '../vector-index/vector-index.js';
import { resolveDuplicateOptions, type DuplicateOptions } from './duplicate-input.js';
import type { CandidatePair } from './find-candidate-pairs.js';
import { judgeCandidates } from './judge-candidates.js';
import { DEDUP } from '../config.js';
import type { PaperText } from './text-fingerprint.js';

export interface NewPapersInput {
  newPapers: readonly PaperText[];
  vectorOf: (id: string) => Float32Array;
  /** The graph after the write: new papers included. */
  vectorIndex: VectorIndex;
  /** Texts of library papers found as neighbours (only those are read). */
  papersOf: (ids: string[]) => PaperText[];
}

/** Pairs of paper ids judged one paper, each once, smaller id first. */
export async function linkNewPapers(input: NewPapersInput, options: DuplicateOptions = {}): Promise<[string, string][]> {
  const resolved = resolveDuplicateOptions(options);
  const pairs = new Map<string, { a: string; b: string; cosine: number }>();
  for (const paper of input.newPapers) {
    // Unfiltered, the query finds itself first, so one extra neighbour stands in for it.
    const found = await input.vectorIndex.search(input.vectorOf(paper.id), resolved.neighbours + 1, { efSearch: DEDUP.efSearch });
    for (const hit of found) {
      if (hit.id === paper.id || hit.cosineSimilarity < resolved.minCosine) continue;
      const [a, b] = paper.id < hit.id ? [paper.id, hit.id] : [hit.id, paper.id];
      pairs.set(`${a} ${b}`, { a, b, cosine: hit.cosineSimilarity });
    }
  }
  if (pairs.size === 0) return [];
  const newIds = new Set(input.newPapers.map((paper) => paper.id));
  const others = [...new Set([...pairs.values()].flatMap(({ a, b }) => [a, b]).filter((id) => !newIds.has(id)))];
  const papers = [...input.newPapers, ...input.papersOf(others)];
  const ordinalOf = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
  const candidates: CandidatePair[] = [...pairs.values()]
    .filter(({ a, b }) => ordinalOf.has(a) && ordinalOf.has(b))
    .map(({ a, b, cosine }) => ({ a: Math.min(ordinalOf.get(a)!, ordinalOf.get(b)!), b: Math.max(ordinalOf.get(a)!, ordinalOf.get(b)!), cosine }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
  return judgeCandidates(papers, candidates, resolved).map((link) => {
    const [a, b] = [papers[link.a]!.id, papers[link.b]!.id];
    return a < b ? [a, b] : [b, a];
  });
}
