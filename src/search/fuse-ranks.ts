// Reciprocal rank fusion: each list votes weight / (rrfK + rank) for its items. Ranks, not raw
// scores, are fused, because cosine similarities and BM25 scores live on different scales.

export interface RankedList {
  ordinals: number[];
  weight: number;
}

export interface FusedHit {
  ordinal: number;
  fusedScore: number;
}

export function fuseRanks(lists: RankedList[], rrfK: number): FusedHit[] {
  const scores = new Map<number, number>();
  for (const list of lists) {
    list.ordinals.forEach((ordinal, index) => {
      scores.set(ordinal, (scores.get(ordinal) ?? 0) + list.weight / (rrfK + index + 1));
    });
  }
  return [...scores.entries()]
    .map(([ordinal, fusedScore]) => ({ ordinal, fusedScore }))
    .sort((a, b) => b.fusedScore - a.fusedScore || a.ordinal - b.ordinal);
}
