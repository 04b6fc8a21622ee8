// Groups raw entries into distinct papers. Identity is the folded title + abstract, so the same
// paper posted in several digests becomes one paper with several entries, whatever the input order.
import path from 'node:path';
import { paperIdOf } from './normalize.js';
import type { SourceFile } from './read-inputs.js';
import type { Entry, Paper } from './types.js';

export function buildCorpus(sources: SourceFile[]): { papers: Paper[]; entries: Entry[] } {
  const entries: Entry[] = [];
  for (const source of sources) {
    const digest = path.basename(source.file);
    const first = source.firstPosition ?? 1;
    source.entries.forEach((raw, index) => {
      entries.push({
        id: `${digest}#${first + index}`,
        paperId: paperIdOf(raw.title, raw.abstract),
        file: source.file,
        digest,
        digestDate: source.digestDate,
        position: first + index,
        ...raw,
      });
    });
  }
  entries.sort(compareEntries);
  disambiguateEntryIds(entries);

  const byPaper = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = byPaper.get(entry.paperId);
    if (group) group.push(entry);
    else byPaper.set(entry.paperId, [entry]);
  }
  const papers = [...byPaper.entries()]
    .map(([id, group]) => paperFromEntries(id, group))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { papers, entries };
}

export function paperFromEntries(id: string, group: Entry[]): Paper {
  // A paper joined from texts that differ slightly (a digest entry and its arXiv record) reads as
  // the entry whose text gave it its id: that is the text its vector was embedded from.
  const first = group.find((entry) => paperIdOf(entry.title, entry.abstract) === id) ?? group[0]!;
  const withMetadata = group.find((entry) => entry.published !== null) ?? first;
  const upvotes = group.map((entry) => entry.upvotes).filter((value): value is number => value !== null);
  const fromArxiv = group.find((entry) => entry.externalId);
  const digests = [...new Set(group.map((entry) => entry.digest))];
  return {
    id,
    title: first.title,
    abstract: first.abstract,
    entryIds: group.map((entry) => entry.id),
    digests,
    digestDates: digests.map((digest) => group.find((entry) => entry.digest === digest)!.digestDate),
    authors: withMetadata.authors,
    organisation: withMetadata.organisation,
    published: withMetadata.published,
    publishedIso: withMetadata.publishedIso,
    upvotes: upvotes.length > 0 ? Math.max(...upvotes) : null,
    ...(fromArxiv ? { externalId: fromArxiv.externalId, categories: fromArxiv.categories ?? [] } : {}),
  };
}

/** Canonical order: by digest name, then file, then position. Input order never matters. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.digest.localeCompare(b.digest) || a.file.localeCompare(b.file) || a.position - b.position;
}

/** Two files with one name in different folders keep distinct entry ids. */
function disambiguateEntryIds(entries: Entry[]): void {
  const filesByDigest = new Map<string, Set<string>>();
  for (const entry of entries) {
    const files = filesByDigest.get(entry.digest) ?? new Set<string>();
    files.add(entry.file);
    filesByDigest.set(entry.digest, files);
  }
  for (const entry of entries) {
    if ((filesByDigest.get(entry.digest)?.size ?? 0) > 1) entry.id = `${entry.file}#${entry.position}`;
  }
}
