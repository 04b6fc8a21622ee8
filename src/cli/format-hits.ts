// The human rendering of search results, shared by `search` and `similar`: rank, the ranking
// score, the dense cosine beside a fused or lexical score, and a plain word when a match is weak.
import { formatIsoDate, formatPrintedDate } from '../ingest/format-date.js';
import { compareDateTexts } from '../ingest/parse-date-text.js';
import type { Paper } from '../ingest/types.js';
import { isNothingClose } from '../search/judge-match.js';
import type { SearchHit } from '../search/search-papers.js';
import { plural } from './plural.js';

export interface FormatHitsOptions {
  /**
   * Which hits are weak matches (createWeakMatchJudge); undefined when there is nothing to judge
   * them by (paper-to-paper similarity).
   */
  isWeak?: (hit: SearchHit) => boolean;
  /** Name each digest's file beside its date. */
  showFiles?: boolean;
}

export const NOTHING_CLOSE = 'nothing in the index is close to this query (no paper is near it in meaning or holds all its words): these are the nearest papers, not matches';

export function formatHits(hits: SearchHit[], scoreLabel: string, options: FormatHitsOptions = {}): string {
  if (hits.length === 0) return 'no results';
  const showCosine = scoreLabel !== 'cosine' && hits.some((hit) => hit.denseSimilarity !== null);
  const isWeak = options.isWeak ?? (() => false);
  const indent = ' '.repeat(15 + (showCosine ? 8 : 0));
  const lines: string[] = [];
  if (options.isWeak && isNothingClose(hits, isWeak)) lines.push(NOTHING_CLOSE);
  lines.push(`rank  ${scoreLabel.padEnd(7)}  ${showCosine ? 'cosine  ' : ''}title`);
  hits.forEach((hit, index) => {
    const score = hit.score >= 10 ? hit.score.toFixed(2) : hit.score.toFixed(4);
    const cosine = showCosine ? `${(hit.denseSimilarity === null ? '–' : hit.denseSimilarity.toFixed(3)).padEnd(6)}  ` : '';
    lines.push(`${String(index + 1).padStart(4)}  ${score.padEnd(7)}  ${cosine}${hit.paper.title}`);
    lines.push(`${indent}${isWeak(hit) ? 'weak match · ' : ''}${describePaper(hit.paper, options)}`);
    for (const other of hit.alsoPostedAs) lines.push(`${indent}also posted as "${other.title}" (id ${other.id})`);
  });
  return lines.join('\n');
}

/** "15 Jul 2025 · 3 authors · 1 upvote · posted 17 Feb, 31 Oct · arXiv 2401.12345 · id 1a2b…" */
export function describePaper(paper: Paper, options: { showFiles?: boolean } = {}): string {
  const parts = [
    formatIsoDate(paper.publishedIso) ?? paper.published ?? 'no date',
    paper.authors !== null ? plural(paper.authors, 'author') : paper.organisation,
    paper.upvotes !== null ? plural(paper.upvotes, 'upvote') : null,
    `posted ${describePostings(paper, options.showFiles ?? false)}`,
    paper.externalId ? `arXiv ${paper.externalId}` : null,
    `id ${paper.id}`,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** The digests a paper was posted in, by their dates; a digest with no date by its file name. */
function describePostings(paper: Paper, showFiles: boolean): string {
  const dated: { printed: string; digest: string }[] = [];
  const files: string[] = [];
  paper.digests.forEach((digest, index) => {
    const printed = paper.digestDates?.[index] ?? null;
    if (printed === null) files.push(digest);
    else dated.push({ printed, digest });
  });
  const dates = dated
    .sort((a, b) => compareDateTexts(a.printed, b.printed))
    .map(({ printed, digest }) => {
      const date = formatPrintedDate(printed) ?? printed;
      return showFiles ? `${date} (${digest})` : date;
    });
  return [dates.join(', '), files.length > 0 ? `in ${files.join(', ')}` : ''].filter(Boolean).join(' and ');
}
