// Turns accepted links into the groups users see: papers joined transitively, every entry of every
// member paper listed, `identical` only when the whole group is one folded text, `rewritten` when
// a link needed the facts rather than the wording.
import { DEDUP } from '../config.js';
import { dotProduct } from '../vector-math.js';
import type { DuplicateCorpus, DuplicateSourceEntry } from './duplicate-input.js';
import type { DuplicateEntry, DuplicateGroup } from './duplicate-types.js';
import type { DuplicateLink } from './judge-candidates.js';
import { UnionFind } from './union-find.js';

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
      groups.push({ kind: 'identical', similarity: 1, evidence: { basis: 'identical' }, entries });
      continue;
    }
    const groupLinks = linksByRoot.get(root) ?? [];
    const weakest = weakestLink(groupLinks, (ordinal) => papers[ordinal]!.id);
    const similarity = round(lowestCosine(ordinals, vectors, groupLinks));
    const shared = { linkCosine: round(weakest.cosine), papers: ordinals.length, titleSimilarity: round(weakest.evidence.titleSimilarity) };
    const text = weakest.evidence;
    if (weakest.kind === 'rewritten') {
      const { rewritten } = weakest;
      groups.push({
        kind: 'rewritten',
        similarity,
        evidence: {
          basis: 'facts',
          ...shared,
          sharedFacts: rewritten.shared.facts,
          factSurprise: round(rewritten.shared.surprise),
          requiredSurprise: round(rewritten.requiredSurprise),
          abstractContainment: round(text.abstractContainment),
          authors: rewritten.authors,
          daysApart: rewritten.daysApart,
        },
        entries,
      });
    } else if (text.basis === 'title') {
      groups.push({ kind: 'revised', similarity, evidence: { basis: 'title', ...shared, textSimilarity: round(text.textSimilarity) }, entries });
    } else {
      groups.push({
        kind: 'revised',
        similarity,
        evidence: {
          basis: 'abstract',
          ...shared,
          abstractContainment: round(text.abstractContainment),
          abstractOverlap: round(text.abstractOverlap),
          textSimilarity: round(text.textSimilarity),
        },
        entries,
      });
    }
  }
  return groups.sort((x, y) => compareDuplicateEntries(x.entries[0]!, y.entries[0]!));
}

/**
 * The link that justified the group least strongly: the evidence worth showing. A rewritten link
 * is weaker than any edit; ties go by paper ids, not ordinals, so the choice does not depend on
 * input order.
 */
function weakestLink(links: readonly DuplicateLink[], idOf: (ordinal: number) => string): DuplicateLink {
  const keyOf = (link: DuplicateLink) => [idOf(link.a), idOf(link.b)].sort().join(' ');
  const rank = (link: DuplicateLink) => (link.kind === 'rewritten' ? 0 : 1);
  return links.reduce((worst, link) => {
    const delta = rank(link) - rank(worst) || link.evidence.textSimilarity - worst.evidence.textSimilarity || link.cosine - worst.cosine;
    return delta < 0 || (delta === 0 && keyOf(link) < keyOf(worst)) ? link : worst;
  });
}

/** The lowest cosine over all pairs of member papers; over the links alone for a huge group. */
function lowestCosine(ordinals: readonly number[], vectors: readonly Float32Array[], links: readonly DuplicateLink[]): number {
  if (ordinals.length > DEDUP.maxExactGroupPapers) return links.reduce((lowest, link) => Math.min(lowest, link.cosine), 1);
  let lowest = 1;
  for (let i = 0; i < ordinals.length; i += 1) {
    for (let j = i + 1; j < ordinals.length; j += 1) lowest = Math.min(lowest, dotProduct(vectors[ordinals[i]!]!, vectors[ordinals[j]!]!));
  }
  return lowest;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toDuplicateEntry(entry: DuplicateSourceEntry): DuplicateEntry {
  return { id: entry.id, paperId: entry.paperId, title: entry.title, digest: entry.digest, date: entry.digestDate, position: entry.position, arxivId: entry.externalId ?? null };
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
