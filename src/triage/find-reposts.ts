// Which new papers of a digest are edited or rewritten re-posts of library papers: the duplicate
// check of `papers dupes` (src/dedup), run from the digest's papers against their nearest library
// papers only, so a 100k-paper library costs a few searches.
import { DEDUP } from '../config.js';
import { buildGroups } from '../dedup/build-groups.js';
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import { findRevisedOf } from '../dedup/find-revised-of.js';
import type { Entry, Paper } from '../ingest/types.js';
import { ExactIndex } from '../vector-index/exact-index.js';
import type { TriageLibrary } from './triage-library.js';
import type { LibraryNeighbour } from './triage-types.js';

export interface RepostSearch {
  /** The digest's papers the library does not hold word for word. */
  candidates: readonly Paper[];
  /** Their unit vectors, in the same order. */
  vectors: readonly Float32Array[];
  /** Their nearest library papers, most similar first, in the same order. */
  neighbours: readonly (readonly LibraryNeighbour[])[];
  /** The digest's entries of each paper. */
  entriesOf: ReadonlyMap<string, readonly Entry[]>;
}

export interface FoundRepost {
  paper: Paper;
  original: Paper;
  kind: 'revised' | 'rewritten';
  cosineSimilarity: number;
  /** The group the two form, as `papers dupes` would show it. */
  group: DuplicateGroup;
}

/** The candidates that join a duplicate group with a library paper, each with the best-supported original. */
export async function findReposts(library: TriageLibrary, search: RepostSearch): Promise<FoundRepost[]> {
  const partnerIds = new Set(search.neighbours.flatMap((list) => list.filter((hit) => hit.cosineSimilarity >= DEDUP.minCosine).map((hit) => hit.paperId)));
  if (partnerIds.size === 0) return [];
  const partnersById = library.papersByIds(partnerIds);
  const partnerVectors = library.vectorsOfPapers(partnersById.keys());
  const partners = [...partnersById.values()];
  const papers = [...search.candidates, ...partners];
  const vectors = [...search.vectors, ...partners.map((paper) => partnerVectors.get(paper.id)!)];
  const partnerIndex = ExactIndex.fromVectors(
    partners.map((paper) => paper.id),
    partners.map((paper) => partnerVectors.get(paper.id)!),
  );
  const isLibraryPaper = (ordinal: number) => ordinal >= search.candidates.length;
  const matches = await findRevisedOf(
    search.candidates.map((_, ordinal) => ordinal),
    { papers, vectors, vectorIndex: partnerIndex },
    isLibraryPaper,
  );

  const reposts: FoundRepost[] = [];
  for (const match of matches) {
    const paper = papers[match.ordinal]!;
    const original = papers[match.original]!;
    // The pair as one group of `papers dupes`: its kind and evidence, worded as there.
    const entries = [...(search.entriesOf.get(paper.id) ?? []), ...library.entriesOfPapers([original.id])];
    const [group] = buildGroups({ papers: [paper, original], entries, vectors: [vectors[match.ordinal]!, vectors[match.original]!] }, [{ ...match.link, a: 0, b: 1 }]);
    if (!group || group.kind === 'identical') continue;
    reposts.push({ paper, original, kind: group.kind, cosineSimilarity: Math.round(match.cosine * 1e4) / 1e4, group });
  }
  return reposts;
}
