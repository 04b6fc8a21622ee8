// The JSON form of search results, shared by `papers search --json`, `papers similar --json` and
// the server's API, so all three answer alike.
import { arxivUrlOf } from '../ingest/arxiv-record.js';
import type { Paper } from '../ingest/types.js';
import type { SearchHit } from './search-papers.js';

/**
 * `weakMatch` per hit, as the human output's "weak match" (createWeakMatchJudge); null where
 * nothing judges it (papers similar to a paper or an abstract).
 */
export function hitsToJson(hits: SearchHit[], isWeak?: (hit: SearchHit) => boolean): object[] {
  return hits.map((hit, index) => ({
    rank: index + 1,
    id: hit.paper.id,
    title: hit.paper.title,
    score: round(hit.score),
    denseSimilarity: hit.denseSimilarity === null ? null : round(hit.denseSimilarity),
    bm25: hit.bm25 === null ? null : round(hit.bm25),
    weakMatch: isWeak ? isWeak(hit) : null,
    alsoPostedAs: hit.alsoPostedAs,
    ...paperMetadata(hit.paper),
  }));
}

export function paperMetadata(paper: Paper) {
  return {
    abstract: paper.abstract,
    authors: paper.authors,
    organisation: paper.organisation,
    published: paper.published,
    publishedIso: paper.publishedIso,
    upvotes: paper.upvotes,
    digests: paper.digests,
    arxivId: paper.externalId ?? null,
    arxivUrl: paper.externalId ? arxivUrlOf(paper.externalId) : null,
  };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
