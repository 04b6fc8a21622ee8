// Score fusion for long queries (a whole abstract): each list's scores are scaled to 0-1 by its own
// best and worst candidate, then added with weights. Unlike rank fusion it keeps how far apart the
// candidates are, so a paper far ahead in one list is not pulled level by rank alone.

export interface ScoredList {
  /** Candidates with the list's raw score (cosine similarity, or BM25). */
  hits: { id: string; value: number }[];
  weight: number;
}

export interface ScoreFusedHit {
  id: string;
  /** Σ weight × min-max scaled score; a candidate missing from a list scores 0 there. */
  fusedScore: number;
}

export function fuseScores(lists: readonly ScoredList[]): ScoreFusedHit[] {
  const fused = new Map<string, number>();
  for (const list of lists) {
    if (list.hits.length === 0) continue;
    let best = -Infinity;
    let worst = Infinity;
    for (const hit of list.hits) {
      best = Math.max(best, hit.value);
      worst = Math.min(worst, hit.value);
    }
    const range = best - worst;
    for (const hit of list.hits) {
      const scaled = range > 0 ? (hit.value - worst) / range : 1;
      fused.set(hit.id, (fused.get(hit.id) ?? 0) + list.weight * scaled);
    }
  }
  return [...fused.entries()]
    .map(([id, fusedScore]) => ({ id, fusedScore }))
    .sort((a, b) => b.fusedScore - a.fusedScore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
