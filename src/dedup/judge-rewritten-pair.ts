// The decision for a pair whose texts do not overlap enough to be an edit: the same paper
// rewritten in new words, or with a new title, still states the same specific facts. Distinct
// papers that extend one another under a derived name stay apart whatever they share.
import { DEDUP } from '../config.js';
import type { FactTable, SharedFacts } from './fact-evidence.js';
import type { PaperText } from './text-fingerprint.js';
import type { TextEvidence } from './text-evidence.js';
import { isDerivedName } from './title-name.js';

export interface RewrittenJudgement {
  shared: SharedFacts;
  requiredSurprise: number;
  authors: [number, number] | null;
  daysApart: number | null;
}

/**
 * The evidence when the pair is one paper rewritten, else null. The surprise the corpus requires
 * is ln(papers × neighbours): the number of pairs compared, so that by chance alone (facts
 * independent) fewer than one compared pair would reach it; DEDUP.factSurpriseMargin adds room for
 * facts that go together within a topic.
 */
export function judgeRewrittenPair(
  a: number,
  b: number,
  papers: readonly PaperText[],
  facts: FactTable,
  evidence: TextEvidence,
  neighbours: number,
): RewrittenJudgement | null {
  const paperA = papers[a]!;
  const paperB = papers[b]!;
  if (isDerivedName(paperA.title, paperB.title)) return null;
  const authors = paperA.authors != null && paperB.authors != null ? ([paperA.authors, paperB.authors] as [number, number]) : null;
  // A revision adds or drops an author or two, rarely more.
  if (authors && Math.abs(authors[0] - authors[1]) > DEDUP.maxAuthorDifference) return null;
  const shared = facts.compare(a, b, evidence.titleSimilarity >= DEDUP.minTitleOnlySimilarity);
  const requiredSurprise = Math.log(Math.max(facts.paperCount, 2) * neighbours) + DEDUP.factSurpriseMargin;
  if (!shared.anchored || shared.surprise < requiredSurprise) return null;
  return { shared, requiredSurprise, authors, daysApart: daysBetween(paperA.publishedIso, paperB.publishedIso) };
}

function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b || a.startsWith('--') || b.startsWith('--')) return null;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isFinite(days) ? Math.round(days) : null;
}
