// For the summary of `papers index`: which new entries are edited re-posts of papers the library
// already held, and which. Looks only at the new papers and their nearest library papers.
import { DEDUP } from '../config.js';
import { findRevisedEntries, type PaperRevision } from '../dedup/find-revised-of.js';
import type { Entry, Paper } from '../ingest/types.js';
import type { LibraryStore } from '../store/library-store.js';
import { ExactIndex } from '../vector-index/exact-index.js';
import type { VectorIndex } from '../vector-index/vector-index.js';

export async function findRevisions(
  store: LibraryStore,
  fingerprint: string,
  graph: VectorIndex,
  newPapers: readonly Paper[],
  newVectors: ReadonlyMap<string, Float32Array>,
  newEntries: readonly Entry[],
): Promise<PaperRevision[]> {
  if (newPapers.length === 0) return [];
  const newIds = new Set(newPapers.map((paper) => paper.id));
  const neighbourIds = new Set<string>();
  for (const paper of newPapers) {
    const found = await graph.search(newVectors.get(paper.id)!, DEDUP.neighbours, { excludeIds: newIds, efSearch: DEDUP.efSearch });
    for (const hit of found) if (hit.cosineSimilarity >= DEDUP.minCosine) neighbourIds.add(hit.id);
  }
  if (neighbourIds.size === 0) return [];
  const neighbours = [...store.storedPapers(neighbourIds).values()];
  const stored = store.vectorsOf(neighbours.map((neighbour) => neighbour.textHash), fingerprint);
  const papers = [...newPapers, ...neighbours.map((neighbour) => neighbour.paper)];
  const vectors = [
    ...newPapers.map((paper) => newVectors.get(paper.id)!),
    ...neighbours.map((neighbour) => stored.get(neighbour.textHash) ?? newVectors.get(neighbour.paper.id) ?? new Float32Array(0)),
  ];
  const small = new ExactIndex(papers.map((paper, ordinal) => ({ id: paper.id, vector: vectors[ordinal]! })), vectors[0]!.length);
  return findRevisedEntries({
    papers,
    vectors,
    vectorIndex: small,
    entries: newEntries,
    previousPaperIds: new Set(neighbours.map((neighbour) => neighbour.paper.id)),
    previousEntryIds: new Set(),
  });
}

