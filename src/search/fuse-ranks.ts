// Reciprocal rank fusion: each list votes weight / (rrfK + rank) for its items. Ranks, not raw
// scores, are fused, because cosine similarities and BM25 scores live on different scales.

export interface RankedList {
  /** Paper ids, best first. */
  ids: string[];
  weight: number;
}

export interface FusedHit {
  id: string;
  fusedScore: number;
}

export function fuseRanks(lists: RankedList[], rrfK: number): FusedHit[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.ids.forEach((id, index) => {
      scores.set(id, (scores.get(id) ?? 0) + list.weight / (rrfK + index + 1));
    });
  }
  return [...scores.entries()]
    .map(([id, fusedScore]) => ({ id, fusedScore }))
    .sort((a, b) => b.fusedScore - a.fusedScore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
