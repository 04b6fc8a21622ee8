// Human and JSON renderings of search results, shared by `search` and `similar`.
import type { Paper } from '../ingest/types.js';
import type { SearchHit } from '../search/search-papers.js';

export function hitsToJson(hits: SearchHit[]): object[] {
  return hits.map((hit, index) => ({
    rank: index + 1,
    id: hit.paper.id,
    title: hit.paper.title,
    score: round(hit.score),
    denseSimilarity: hit.denseSimilarity === null ? null : round(hit.denseSimilarity),
    bm25: hit.bm25 === null ? null : round(hit.bm25),
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
  };
}

export function formatHits(hits: SearchHit[], scoreLabel: string): string {
  if (hits.length === 0) return 'no results';
  const lines = [`rank  ${scoreLabel.padEnd(7)}  title`];
  hits.forEach((hit, index) => {
    const score = hit.score >= 10 ? hit.score.toFixed(2) : hit.score.toFixed(4);
    lines.push(`${String(index + 1).padStart(4)}  ${score.padEnd(7)}  ${hit.paper.title}`);
    lines.push(`${' '.repeat(15)}${describePaper(hit.paper)}`);
  });
  return lines.join('\n');
}

/** "Jul 15, 2025 · 3 authors · 2 upvotes · in 000_….txt, 003_….txt · id 1a2b…" */
export function describePaper(paper: Paper): string {
  const parts = [
    paper.published ?? 'no date',
    paper.authors !== null ? `${paper.authors} authors` : paper.organisation,
    paper.upvotes !== null ? `${paper.upvotes} upvotes` : null,
    `in ${paper.digests.join(', ')}`,
    `id ${paper.id}`,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
