// The duplicate groups a write leaves in the library: links for the new papers only when the
// graph grew, every paper's links again when it was rebuilt (that pass is O(library) like the
// rebuild itself, and it starts the groups of a library that had none).
import { linkNewPapers } from '../dedup/link-new-papers.js';
import type { Paper } from '../ingest/types.js';
import type { IndexMeta } from '../store/index-meta.js';
import type { LibraryStore } from '../store/library-store.js';
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface DuplicateUpdate {
  links: [string, string][];
  /** Drop every group first: the links cover the whole library. */
  reset: boolean;
  /** duplicate_members will hold every paper's group after this write. */
  complete: boolean;
}

export interface DuplicateUpdateInput {
  store: LibraryStore;
  previous: IndexMeta | null;
  graph: VectorIndex;
  graphRebuilt: boolean;
  newPapers: readonly Paper[];
  removedPaperIds: readonly string[];
  /** Vectors of the new papers, and of every paper after a rebuild. */
  vectors: ReadonlyMap<string, Float32Array>;
}

export async function updateDuplicates(input: DuplicateUpdateInput): Promise<DuplicateUpdate> {
  const { store } = input;
  const vectorOf = (id: string) => input.vectors.get(id) ?? new Float32Array(input.graph.dimensions);
  const papersOf = (ids: string[]) => [...store.storedPapers(ids).values()].map((stored) => stored.paper);
  if (input.graphRebuilt) {
    const removed = new Set(input.removedPaperIds);
    const newIds = new Set(input.newPapers.map((paper) => paper.id));
    const kept = input.previous ? store.allPapers().filter((paper) => !removed.has(paper.id) && !newIds.has(paper.id)) : [];
    const links = await linkNewPapers({ newPapers: [...kept, ...input.newPapers], vectorOf, vectorIndex: input.graph, papersOf });
    return { links, reset: true, complete: true };
  }
  const links = await linkNewPapers({ newPapers: input.newPapers, vectorOf, vectorIndex: input.graph, papersOf });
  return { links, reset: false, complete: input.previous?.duplicateMembers === true };
}
