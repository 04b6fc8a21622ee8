// For `papers index`: which newly indexed papers are re-posts (edited or rewritten) of papers the index already
// held. Searches only from the new papers, so refreshing a large index costs a few searches.
import { resolveDuplicateOptions, type DuplicateCorpus, type DuplicateOptions } from './duplicate-input.js';
import { findCandidatePairs } from './find-candidate-pairs.js';
import { judgeCandidates, type DuplicateLink } from './judge-candidates.js';

export interface RevisedMatch {
  /** The new paper. */
  ordinal: number;
  /** The already indexed paper it revises (the best-supported one when several match). */
  original: number;
  cosine: number;
  /** The accepted link between the two. */
  link: DuplicateLink;
}

/**
 * The papers among `newOrdinals` that revise a paper for which `isIndexed(ordinal)` holds, in
 * ascending ordinal order. Exact repeats are not revisions: they are already the same paper.
 */
export async function findRevisedOf(
  newOrdinals: readonly number[],
  corpus: Pick<DuplicateCorpus, 'papers' | 'vectors' | 'vectorIndex'>,
  isIndexed: (ordinal: number) => boolean,
  options: DuplicateOptions = {},
): Promise<RevisedMatch[]> {
  const resolved = resolveDuplicateOptions(options);
  const queries = newOrdinals.filter((ordinal) => !isIndexed(ordinal));
  const isQuery = new Set(queries);
  const candidates = await findCandidatePairs(corpus.vectors, corpus.papers.map((paper) => paper.id), corpus.vectorIndex, {
    neighbours: resolved.neighbours,
    minCosine: resolved.minCosine,
    queries,
    isPartner: isIndexed,
  });
  const best = new Map<number, RevisedMatch>();
  for (const link of judgeCandidates(corpus.papers, candidates, resolved)) {
    const ordinal = isQuery.has(link.a) ? link.a : link.b;
    const match = { ordinal, original: ordinal === link.a ? link.b : link.a, cosine: link.cosine, link };
    const current = best.get(ordinal);
    if (!current || isStronger(match, current, corpus.papers)) best.set(ordinal, match);
  }
  return [...best.values()].sort((x, y) => x.ordinal - y.ordinal);
}

export interface RevisedEntriesInput extends Pick<DuplicateCorpus, 'papers' | 'vectors' | 'vectorIndex'> {
  entries: readonly { id: string; paperId: string }[];
  /** Paper ids of the index before this build. */
  previousPaperIds: ReadonlySet<string>;
  /** Entry ids of the index before this build. */
  previousEntryIds: ReadonlySet<string>;
}

/** How many new entries carry a revised re-post of an already indexed paper: the count `papers index` prints. */
export async function countRevisedEntries(input: RevisedEntriesInput, options: DuplicateOptions = {}): Promise<number> {
  return (await findRevisedEntries(input, options)).reduce((sum, revision) => sum + revision.entries, 0);
}

/** A new paper that is an edited or rewritten re-post of one the index already held. */
export interface PaperRevision {
  paperId: string;
  title: string;
  /** The indexed paper it revises. */
  revisesId: string;
  revisesTitle: string;
  /** New entries that carry it. */
  entries: number;
}

/** The new papers (by their new entries) that revise an already indexed paper, in paper order. */
export async function findRevisedEntries(input: RevisedEntriesInput, options: DuplicateOptions = {}): Promise<PaperRevision[]> {
  const newEntries = input.entries.filter((entry) => !input.previousEntryIds.has(entry.id));
  const newPaperIds = new Set(newEntries.map((entry) => entry.paperId));
  const newOrdinals = input.papers.flatMap((paper, ordinal) => (newPaperIds.has(paper.id) ? [ordinal] : []));
  const revised = await findRevisedOf(newOrdinals, input, (ordinal) => input.previousPaperIds.has(input.papers[ordinal]!.id), options);
  return revised.map((match) => {
    const paper = input.papers[match.ordinal]!;
    const original = input.papers[match.original]!;
    return { paperId: paper.id, title: paper.title, revisesId: original.id, revisesTitle: original.title, entries: newEntries.filter((entry) => entry.paperId === paper.id).length };
  });
}

/** An edit beats a rewrite, then more shared text, then the closer embedding. */
function isStronger(x: RevisedMatch, y: RevisedMatch, papers: DuplicateCorpus['papers']): boolean {
  const rank = (match: RevisedMatch) => (match.link.kind === 'revised' ? 1 : 0);
  const delta = rank(x) - rank(y) || x.link.evidence.textSimilarity - y.link.evidence.textSimilarity || x.cosine - y.cosine;
  return delta > 0 || (delta === 0 && papers[x.original]!.id < papers[y.original]!.id);
}
