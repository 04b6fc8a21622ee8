// `papers dupes`: groups of entries that carry the same paper across digests. Exact repeats are
// already one paper with several entries; re-posts with edits or in new words are found by nearest
// neighbours in the vector index, confirmed by their text, and joined transitively.
import { buildGroups } from './build-groups.js';
import { resolveDuplicateOptions, type DuplicateCorpus, type DuplicateOptions } from './duplicate-input.js';
import type { DuplicateGroup } from './duplicate-types.js';
import { findCandidatePairs } from './find-candidate-pairs.js';
import { judgeCandidates } from './judge-candidates.js';

export async function findDuplicates(corpus: DuplicateCorpus, options: DuplicateOptions = {}): Promise<DuplicateGroup[]> {
  const resolved = resolveDuplicateOptions(options);
  const candidates = await findCandidatePairs(corpus.vectors, corpus.papers.map((paper) => paper.id), corpus.vectorIndex, {
    neighbours: resolved.neighbours,
    minCosine: resolved.minCosine,
  });
  return buildGroups(corpus, judgeCandidates(corpus.papers, candidates, resolved));
}
