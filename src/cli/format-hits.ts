// The human rendering of search results, shared by `search` and `similar`.
import type { Paper } from '../ingest/types.js';
import type { SearchHit } from '../search/search-papers.js';

export function formatHits(hits: SearchHit[], scoreLabel: string): string {
  if (hits.length === 0) return 'no results';
  const lines = [`rank  ${scoreLabel.padEnd(7)}  title`];
  hits.forEach((hit, index) => {
    const score = hit.score >= 10 ? hit.score.toFixed(2) : hit.score.toFixed(4);
    lines.push(`${String(index + 1).padStart(4)}  ${score.padEnd(7)}  ${hit.paper.title}`);
    lines.push(`${' '.repeat(15)}${describePaper(hit.paper)}`);
    for (const other of hit.alsoPostedAs) lines.push(`${' '.repeat(15)}also posted as "${other.title}" (id ${other.id})`);
  });
  return lines.join('\n');
}

/** "Jul 15, 2025 · 3 authors · 2 upvotes · in 000_….txt, 003_….txt · id 1a2b…" */
export function describePaper(paper: Paper): string {
  const parts = [
    paper.published ?? 'no date',
    paper.authors !== null ? `${paper.authors} ${paper.authors === 1 ? 'author' : 'authors'}` : paper.organisation,
    paper.upvotes !== null ? `${paper.upvotes} upvotes` : null,
    `in ${paper.digests.join(', ')}`,
    `id ${paper.id}`,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}
