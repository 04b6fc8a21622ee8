// `papers triage`: this morning's digest against the library. Each paper is a re-post of a library
// paper (the same text, or one the duplicate check joins to it) or new; a new paper gets its
// nearest library papers, its novelty and its place among the library's topics.
import { DEDUP, TRIAGE } from '../config.js';
import type { Entry, Paper } from '../ingest/types.js';
import { findReposts } from './find-reposts.js';
import type { PlaceInTopics } from './place-in-topics.js';
import type { TriageLibrary } from './triage-library.js';
import { pickFirstSeen, referenceDate } from './pick-first-seen.js';
import type { LibraryNeighbour, NewPaper, Repost, TopicCount, TriageDigest, TriageReport } from './triage-types.js';

/** The digests being triaged, read and grouped into papers (buildCorpus). */
export interface DigestCorpus {
  digests: TriageDigest[];
  papers: readonly Paper[];
  entries: readonly Entry[];
}

export interface TriageOptions {
  /** Embeds the new papers' texts (title and abstract) with the library's model. */
  embed: (papers: readonly Paper[]) => Promise<Float32Array[]>;
  /** Places new papers among the library's topics; null when the library has none. */
  placeInTopics: PlaceInTopics | null;
  /** "Today", for digests whose header prints no date (default: now). */
  today?: Date;
  /** Library papers shown per new paper (default TRIAGE.nearest). */
  nearest?: number;
}

export async function triageDigest(library: TriageLibrary, digest: DigestCorpus, options: TriageOptions): Promise<TriageReport> {
  const nearestCount = options.nearest ?? TRIAGE.nearest;
  const reference = referenceDate(latestDate(digest.digests), options.today ?? new Date());
  const triagedFiles = new Set(digest.entries.map((entry) => entry.file));
  const entriesOf = groupEntries(digest.entries);

  // A paper the library holds from another source is an identical re-post; one it holds only from
  // these digests (triaged and indexed before) is still new.
  const libraryEntries = library.entriesOfPapers(digest.papers.map((paper) => paper.id)).filter((entry) => !triagedFiles.has(entry.file));
  const libraryEntriesOf = groupEntries(libraryEntries);
  const reposts: Repost[] = [];
  const candidates: Paper[] = [];
  for (const paper of digest.papers) {
    const held = libraryEntriesOf.get(paper.id);
    if (!held) {
      candidates.push(paper);
      continue;
    }
    reposts.push({
      kind: 'identical',
      paperId: paper.id,
      title: paper.title,
      entryIds: (entriesOf.get(paper.id) ?? []).map((entry) => entry.id),
      original: { paperId: paper.id, title: paper.title, firstSeen: pickFirstSeen(held, reference), digests: distinct(held.map((entry) => entry.digest)), cosineSimilarity: 1 },
      evidence: { basis: 'identical' },
    });
  }

  const vectors = candidates.length > 0 ? await options.embed(candidates) : [];
  const candidateIds = new Set(candidates.map((paper) => paper.id));
  const graph = library.vectorIndex();
  const neighbours: LibraryNeighbour[][] = [];
  for (const vector of vectors) {
    const found = await graph.search(vector, Math.max(DEDUP.neighbours, nearestCount), { excludeIds: candidateIds });
    neighbours.push(found.map((hit) => ({ paperId: hit.id, title: '', cosineSimilarity: round(hit.cosineSimilarity) })));
  }
  const titles = library.papersByIds(new Set(neighbours.flatMap((list) => list.slice(0, nearestCount).map((hit) => hit.paperId))));
  for (const list of neighbours) for (const hit of list) hit.title = titles.get(hit.paperId)?.title ?? '';

  const found = await findReposts(library, { candidates, vectors, neighbours, entriesOf });
  for (const { paper, original, kind, cosineSimilarity, group } of found) {
    const all = library.entriesOfPapers([original.id]);
    const elsewhere = all.filter((entry) => !triagedFiles.has(entry.file));
    const held = elsewhere.length > 0 ? elsewhere : all;
    reposts.push({
      kind,
      paperId: paper.id,
      title: paper.title,
      entryIds: (entriesOf.get(paper.id) ?? []).map((entry) => entry.id),
      original: { paperId: original.id, title: original.title, firstSeen: pickFirstSeen(held, reference), digests: distinct(held.map((entry) => entry.digest)), cosineSimilarity },
      evidence: group.evidence,
    });
  }
  const repostIds = new Set(found.map((repost) => repost.paper.id));

  const fresh = candidates.flatMap((paper, ordinal) => (repostIds.has(paper.id) ? [] : [{ paper, vector: vectors[ordinal]!, neighbours: neighbours[ordinal]! }]));
  const heldOnlyFromDigest = new Set(library.papersByIds(fresh.map((each) => each.paper.id)).keys());
  const placements = options.placeInTopics ? options.placeInTopics(fresh.map((each) => each.vector), heldOnlyFromDigest) : [];
  const newPapers: NewPaper[] = fresh.map(({ paper, neighbours: list }, index) => {
    const topic = placements[index] ?? null;
    return {
      paperId: paper.id,
      title: paper.title,
      entryIds: (entriesOf.get(paper.id) ?? []).map((entry) => entry.id),
      topic,
      fitsNoTopic: topic === null || !topic.fits,
      nearest: list.slice(0, nearestCount),
      novelty: round(1 - (list[0]?.cosineSimilarity ?? 0)),
    };
  });
  newPapers.sort((a, b) => b.novelty - a.novelty || compareStrings(a.paperId, b.paperId));
  const firstEntry = new Map(digest.entries.map((entry, order) => [entry.id, order]));
  reposts.sort((a, b) => (firstEntry.get(a.entryIds[0]!) ?? 0) - (firstEntry.get(b.entryIds[0]!) ?? 0));

  const count = (kind: Repost['kind']) => reposts.filter((repost) => repost.kind === kind).length;
  return {
    digests: digest.digests,
    counts: {
      entries: digest.entries.length,
      papers: digest.papers.length,
      reposts: reposts.length,
      identical: count('identical'),
      revised: count('revised'),
      rewritten: count('rewritten'),
      new: newPapers.length,
      fitsNoTopic: newPapers.filter((paper) => paper.fitsNoTopic).length,
    },
    newByTopic: countByTopic(newPapers),
    newPapers,
    reposts,
  };
}

/** New papers per fitting topic, most first (then by topic id), and the ones that fit none last. */
function countByTopic(papers: readonly NewPaper[]): TopicCount[] {
  const counts = new Map<number, TopicCount>();
  let homeless = 0;
  for (const paper of papers) {
    if (paper.fitsNoTopic || !paper.topic) {
      homeless += 1;
      continue;
    }
    const current = counts.get(paper.topic.topicId) ?? { topicId: paper.topic.topicId, label: paper.topic.label, newPapers: 0 };
    current.newPapers += 1;
    counts.set(paper.topic.topicId, current);
  }
  const sorted = [...counts.values()].sort((a, b) => b.newPapers - a.newPapers || a.topicId! - b.topicId!);
  return homeless > 0 ? [...sorted, { topicId: null, label: 'fits no topic', newPapers: homeless }] : sorted;
}

/** The day the triage is about: the first triaged digest's date that it prints. */
function latestDate(digests: readonly TriageDigest[]): string | null {
  return digests.find((digest) => digest.date !== null)?.date ?? null;
}

function groupEntries(entries: readonly Entry[]): Map<string, Entry[]> {
  const grouped = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = grouped.get(entry.paperId);
    if (list) list.push(entry);
    else grouped.set(entry.paperId, [entry]);
  }
  return grouped;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
