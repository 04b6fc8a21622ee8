// Finds the paper a user names: by id, by arXiv id, by an id prefix of at least 8 characters, by exact title
// (case-insensitive), or by a title prefix that only one paper has. Postings that `dupes` judged
// one paper count as one: the name resolves to the one posted most often.
import { PapersError } from '../errors.js';
import { arxivIdOf } from '../ingest/arxiv-record.js';
import { foldText } from '../ingest/normalize.js';
import type { Paper } from '../ingest/types.js';
import type { AlsoPosted } from './collapse-duplicates.js';

/** Shortest id prefix accepted: 8 hex digits leave a chance collision at 100k papers near 1 in 100. */
export const MIN_ID_PREFIX = 8;

/**
 * The ordinal of the paper `ref` names. `groupOf` maps a paper id to every paper of its duplicate
 * group, so that an edited re-post sharing the title does not make the name ambiguous.
 */
export function resolvePaper(papers: readonly Paper[], ref: string, groupOf: ReadonlyMap<string, AlsoPosted[]> = new Map()): number {
  const wanted = ref.trim();
  if (!wanted) throw new PapersError('USAGE', 'the paper reference is empty', 'give a paper id, arXiv id or title');
  const byId = findById(papers, wanted, groupOf);
  if (byId !== null) return byId;
  const folded = foldText(wanted);
  const exact = papers.flatMap((paper, ordinal) => (foldText(paper.title) === folded ? [ordinal] : []));
  if (exact.length === 1) return exact[0]!;
  const prefixed = exact.length > 1 ? exact : papers.flatMap((paper, ordinal) => (foldText(paper.title).startsWith(folded) ? [ordinal] : []));
  if (prefixed.length === 0) {
    refuseShortIdPrefix(papers, wanted);
    throw new PapersError('NOT_FOUND', `no paper has the id, arXiv id or title "${wanted}"`, 'use `papers search` to find the paper, then pass its id');
  }
  return pickOne(papers, prefixed, wanted, groupOf);
}

/**
 * The ordinal of the paper with this id or id prefix (MIN_ID_PREFIX hex digits or more): what
 * `papers similar` and `/api/papers/<id>` both accept. Throws NOT_FOUND, with the minimum when the
 * prefix is too short, or AMBIGUOUS.
 */
export function resolvePaperId(papers: readonly Paper[], ref: string, groupOf: ReadonlyMap<string, AlsoPosted[]> = new Map()): number {
  const wanted = ref.trim();
  const found = findById(papers, wanted, groupOf);
  if (found !== null) return found;
  refuseShortIdPrefix(papers, wanted);
  throw new PapersError('NOT_FOUND', `no paper has the id or arXiv id "${wanted}"`, `give a paper id, or at least ${MIN_ID_PREFIX} characters of one`);
}

function findById(papers: readonly Paper[], wanted: string, groupOf: ReadonlyMap<string, AlsoPosted[]>): number | null {
  const byId = papers.findIndex((paper) => paper.id === wanted);
  if (byId >= 0) return byId;
  // An arXiv id, with or without its version ("2401.12345v2", "hep-th/9901001", "arXiv:…", its URL).
  const arxivId = arxivIdOf(wanted)?.toLowerCase();
  if (arxivId !== undefined) {
    const fromArxiv = papers.flatMap((paper, ordinal) => (paper.externalId?.toLowerCase() === arxivId ? [ordinal] : []));
    if (fromArxiv.length > 0) return pickOne(papers, fromArxiv, wanted, groupOf);
  }
  if (wanted.length < MIN_ID_PREFIX || !/^[0-9a-f]+$/i.test(wanted)) return null;
  const lower = wanted.toLowerCase();
  const prefixed = papers.flatMap((paper, ordinal) => (paper.id.startsWith(lower) ? [ordinal] : []));
  return prefixed.length > 0 ? pickOne(papers, prefixed, wanted, groupOf) : null;
}

/** A few hex digits that begin some paper's id: the user meant an id, but gave too little of it. */
function refuseShortIdPrefix(papers: readonly Paper[], wanted: string): void {
  if (wanted.length >= MIN_ID_PREFIX || !/^[0-9a-f]{4,}$/i.test(wanted)) return;
  const lower = wanted.toLowerCase();
  if (!papers.some((paper) => paper.id.startsWith(lower))) return;
  throw new PapersError('NOT_FOUND', `"${wanted}" is too short for an id prefix: ${wanted.length} characters`, `give at least ${MIN_ID_PREFIX} characters of the id`);
}

function pickOne(papers: readonly Paper[], ordinals: number[], wanted: string, groupOf: ReadonlyMap<string, AlsoPosted[]>): number {
  if (ordinals.length === 1) return ordinals[0]!;
  const group = groupOf.get(papers[ordinals[0]!]!.id);
  const oneGroup = group && ordinals.every((ordinal) => group.some((member) => member.id === papers[ordinal]!.id));
  if (oneGroup) {
    // One paper posted several times: the posting seen in most digests, then the smallest id.
    return ordinals.reduce((best, ordinal) => {
      const delta = papers[ordinal]!.entryIds.length - papers[best]!.entryIds.length;
      return delta > 0 || (delta === 0 && papers[ordinal]!.id < papers[best]!.id) ? ordinal : best;
    });
  }
  const examples = ordinals.slice(0, 3).map((ordinal) => `${papers[ordinal]!.id} "${papers[ordinal]!.title}"`);
  throw new PapersError('AMBIGUOUS', `"${wanted}" matches ${ordinals.length} papers: ${examples.join('; ')}`, 'give more of the title, or the id (8 characters of it are enough)');
}
