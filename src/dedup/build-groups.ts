// Turns accepted links into the groups users see: papers joined transitively, every entry of every
// member paper listed, `identical` only when the whole group is one folded text.
import { dot } from '../vector-index/exact-index.js';
import { DEDUP } from '../config.js';
import type { DuplicateEntry, DuplicateGroup } from './duplicate-types.js';
import type { DuplicateCorpus, DuplicateLink, DuplicateSourceEntry } from './find-duplicates.js';
import { UnionFind } from './union-find.js';

const IDENTICAL_EVIDENCE = {
  basis: 'identical',
  titleSimilarity: 1,
  abstractContainment: 1,
  abstractOverlap: 1,
  textSimilarity: 1,
} as const;

export function buildGroups(corpus: Pick<DuplicateCorpus, 'papers' | 'entries' | 'vectors'>, links: readonly DuplicateLink[]): DuplicateGroup[] {
  const { papers, vectors } = corpus;
  const sets = new UnionFind(papers.length);
  for (const link of links) sets.union(link.a, link.b);

  const members = new Map<number, number[]>();
  papers.forEach((_, ordinal) => pushTo(members, sets.find(ordinal), ordinal));
  const linksByRoot = new Map<number, DuplicateLink[]>();
  for (const link of links) pushTo(linksByRoot, sets.find(link.a), link);
  const entriesByPaper = new Map<string, DuplicateSourceEntry[]>();
  for (const entry of corpus.entries) pushTo(entriesByPaper, entry.paperId, entry);

  const groups: DuplicateGroup[] = [];
  for (const [root, ordinals] of members) {
    const entries = ordinals.flatMap((ordinal) => entriesByPaper.get(papers[ordinal]!.id) ?? []).map(toDuplicateEntry).sort(compareDuplicateEntries);
    if (entries.length < 2) continue;
    if (ordinals.length === 1) {
      groups.push({ kind: 'identical', similarity: 1, evidence: { ...IDENTICAL_EVIDENCE }, entries });
      continue;
    }
    const groupLinks = linksByRoot.get(root) ?? [];
    const weakest = weakestLink(groupLinks, (ordinal) => papers[ordinal]!.id);
    groups.push({
      kind: 'revised',
      similarity: round(lowestCosine(ordinals, vectors, groupLinks)),
      evidence: {
        basis: weakest.evidence.basis,
        titleSimilarity: round(weakest.evidence.titleSimilarity),
        abstractContainment: round(weakest.evidence.abstractContainment),
        abstractOverlap: round(weakest.evidence.abstractOverlap),
        textSimilarity: round(weakest.evidence.textSimilarity),
        linkCosine: round(weakest.cosine),
        papers: ordinals.length,
      },
      entries,
    });
  }
  return groups.sort((x, y) => compareDuplicateEntries(x.entries[0]!, y.entries[0]!));
}

/**
 * The link that justified the group least strongly: the evidence worth showing. Ties go by paper
 * ids, not ordinals, so the choice does not depend on input order.
 */
function weakestLink(links: readonly DuplicateLink[], idOf: (ordinal: number) => string): DuplicateLink {
  const keyOf = (link: DuplicateLink) => [idOf(link.a), idOf(link.b)].sort().join(' ');
  return links.reduce((worst, link) => {
    const delta = link.evidence.textSimilarity - worst.evidence.textSimilarity || link.cosine - worst.cosine;
    return delta < 0 || (delta === 0 && keyOf(link) < keyOf(worst)) ? link : worst;
  });
}

/** The lowest cosine over all pairs of member papers; over the links alone for a huge group. */
function lowestCosine(ordinals: readonly number[], vectors: readonly Float32Array[], links: readonly DuplicateLink[]): number {
  if (ordinals.length > DEDUP.maxExactGroupPapers) return links.reduce((lowest, link) => Math.min(lowest, link.cosine), 1);
  let lowest = 1;
  for (let i = 0; i < ordinals.length; i += 1) {
    for (let j = i + 1; j < ordinals.length; j += 1) lowest = Math.min(lowest, dot(vectors[ordinals[i]!]!, vectors[ordinals[j]!]!));
  }
  return lowest;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toDuplicateEntry(entry: DuplicateSourceEntry): DuplicateEntry {
  return { id: entry.id, paperId: entry.paperId, title: entry.title, digest: entry.digest, date: entry.digestDate, position: entry.position };
}

/** Digest name, then position, then id: plain code-unit order, the same on every machine. */
export function compareDuplicateEntries(a: DuplicateEntry, b: DuplicateEntry): number {
  return compareStrings(a.digest, b.digest) || a.position - b.position || compareStrings(a.id, b.id);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
