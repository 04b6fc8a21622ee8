// Whether a search hit is a weak match: neither its meaning nor its words vouch for it. Lets the
// CLI say so instead of presenting the nearest paper of an absent topic as an answer.
import type { SearchHit } from './search-papers.js';
import { termsOf } from './terms.js';

/**
 * A hit is weak when its query cosine is below `weakCosine` (null, beyond the dense candidates,
 * counts as below) and the paper's title and abstract lack at least one of the query's terms.
 * Short queries score low cosines even on their own topic ("data selection" 0.32 on "Predictive
 * Data Selection"), so a paper holding every query word is never called weak.
 */
export function createWeakMatchJudge(query: string, weakCosine: number): (hit: SearchHit) => boolean {
  const queryTerms = new Set(termsOf(query));
  return (hit) => {
    if ((hit.denseSimilarity ?? 0) >= weakCosine) return false;
    if (queryTerms.size === 0) return true;
    const paperTerms = new Set(termsOf(`${hit.paper.title} ${hit.paper.abstract}`));
    return [...queryTerms].some((term) => !paperTerms.has(term));
  };
}

/** True when there are hits and every one is weak: the query's topic is not in the index. */
export function isNothingClose(hits: readonly SearchHit[], isWeak: (hit: SearchHit) => boolean): boolean {
  return hits.length > 0 && hits.every(isWeak);
}
