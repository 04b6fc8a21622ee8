// Merges what was read with the library: a source read again unchanged is skipped, a changed one
// replaces its own entries, a removed one takes its entries away; the papers those entries carry
// are recomputed, and a paper left without entries leaves the library.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildCorpus, compareEntries, paperFromEntries } from '../ingest/build-corpus.js';
import type { SourceFile } from '../ingest/read-inputs.js';
import type { Entry, Paper } from '../ingest/types.js';
import type { SourceRecord, StoredPaper } from '../store/library-store.js';
import { joinSamePapers, type JoinLookup } from './join-same-papers.js';
import { rowOfEntry } from '../store/rows.js';

/** An entry of a changed source whose title or abstract was edited: it now carries another paper. */
export interface EntryEdit {
  entryId: string;
  title: string;
  fromTitle: string;
  /** The paper the entry carried before, and the one it carries now. */
  fromPaperId: string;
  toPaperId: string;
}

export interface LibraryMerge {
  /** Library sources whose rows and entries go: changed ones (re-inserted) and removed ones. */
  replacedSources: string[];
  sources: SourceRecord[];
  entries: Entry[];
  removedPaperIds: string[];
  /** Papers already in the library whose entries changed (same text, so same vector). */
  updatedPapers: StoredPaper[];
  /** Papers the library did not hold. */
  newPapers: Paper[];
  /** Entries of changed sources whose text was edited, so that they carry a new paper. */
  edits: EntryEdit[];
  counts: MergeCounts;
}

export interface MergeCounts {
  sourcesNew: number;
  sourcesChanged: number;
  sourcesUnchanged: number;
  sourcesRemoved: number;
  newEntries: number;
  removedEntries: number;
  /** New entries whose paper the library already held (the same paper in another digest). */
  newEntriesOfIndexedPapers: number;
  /** Entries of changed sources still there, with their title or abstract edited. */
  editedEntries: number;
  /** Entries of changed sources still there with the same text, other details changed (upvotes, date, …). */
  updatedEntries: number;
}

export interface MergeOptions {
  /** Start from an empty library (a rebuild). */
  clear: boolean;
  /** Library sources to take out. */
  removeSources: readonly string[];
  /** A batch of a source read in parts: its entries join the ones already stored for it. */
  append?: AppendedBatch;
}

/** Entries of a large source (an arXiv file) stored batch by batch, each batch committed. */
export interface AppendedBatch {
  /** The batch's entries, with `firstPosition` after the entries already stored. */
  source: SourceFile;
  /** What the sources row records until the last batch (a marker that no complete read matches). */
  sha256: string;
}

/** A store that can also find a paper by arXiv id and title (the SQLite store): the join needs it. */
function isJoinLookup(store: MergeReader): store is MergeReader & JoinLookup {
  return 'papersWithTitleTerms' in store && 'paperIdOfArxivId' in store;
}

/** What a merge reads of the library: the SQLite store answers at once, PostgreSQL over the wire. */
export interface MergeReader {
  sources(): SourceRecord[] | Promise<SourceRecord[]>;
  entriesOfSources(paths: Iterable<string>): Entry[] | Promise<Entry[]>;
  entriesOfPapers(ids: Iterable<string>): Entry[] | Promise<Entry[]>;
  storedPapers(ids: Iterable<string>): Map<string, StoredPaper> | Promise<Map<string, StoredPaper>>;
}

export async function mergeLibrary(store: MergeReader, read: readonly SourceFile[], options: MergeOptions): Promise<LibraryMerge> {
  const known = new Map(options.clear ? [] : (await store.sources()).map((source) => [source.path, source]));
  const hashes = new Map(read.map((source) => [source.file, hashSource(source)]));
  const changed = read.filter((source) => known.get(source.file)?.sha256 !== hashes.get(source.file));
  const adopted = adoptRelativeSources(known, changed);
  const append = options.append;
  if (append) {
    // Never replaced: the earlier batches of its file stay.
    changed.push(append.source);
    hashes.set(append.source.file, append.sha256);
  }
  const removed = options.removeSources.filter((file) => known.has(file) && !hashes.has(file) && !adopted.has(file));
  const replacedSources = [...changed.filter((source) => known.has(source.file) && source !== append?.source).map((source) => source.file), ...adopted, ...removed];
  const replaced = new Set(replacedSources);

  const entries = buildCorpus(changed).entries;
  assignEntryIds(entries, [...known.keys()].filter((file) => !replaced.has(file)));
  joinSamePapers(options.clear || !isJoinLookup(store) ? null : store, entries);
  const oldEntries = await store.entriesOfSources(replaced);
  const affected = new Set([...oldEntries.map((entry) => entry.paperId), ...entries.map((entry) => entry.paperId)]);
  const stored = options.clear ? new Map<string, StoredPaper>() : await store.storedPapers(affected);

  const remaining = new Map<string, Entry[]>();
  const kept = options.clear ? [] : (await store.entriesOfPapers(affected)).filter((entry) => !replaced.has(entry.file));
  for (const entry of [...kept, ...entries]) {
    const group = remaining.get(entry.paperId);
    if (group) group.push(entry);
    else remaining.set(entry.paperId, [entry]);
  }

  const removedPaperIds: string[] = [];
  const updatedPapers: StoredPaper[] = [];
  const newPapers: Paper[] = [];
  for (const id of [...affected].sort()) {
    const group = remaining.get(id);
    const before = stored.get(id);
    if (!group) {
      if (before) removedPaperIds.push(id);
      continue;
    }
    const paper = paperFromEntries(id, group.sort(compareEntries));
    if (!before) newPapers.push(paper);
    else if (JSON.stringify(paper) !== JSON.stringify(before.paper)) updatedPapers.push({ ...before, paper });
  }

  const oldEntryIds = new Set(oldEntries.map((entry) => entry.id));
  const newEntryIds = new Set(entries.map((entry) => entry.id));
  const oldById = new Map(oldEntries.map((entry) => [entry.id, entry]));
  const edits: EntryEdit[] = [];
  let updatedEntries = 0;
  for (const entry of entries) {
    const before = oldById.get(entry.id);
    if (!before) continue;
    if (before.paperId !== entry.paperId) edits.push({ entryId: entry.id, title: entry.title, fromTitle: before.title, fromPaperId: before.paperId, toPaperId: entry.paperId });
    else if (!hasSameDetails(before, entry)) updatedEntries += 1;
  }
  return {
    replacedSources,
    sources: changed.map((source) => ({ path: source.file, sha256: hashes.get(source.file)!, digestDate: source.digestDate, entries: (source.firstPosition ?? 1) - 1 + source.entries.length })),
    entries,
    removedPaperIds,
    updatedPapers,
    newPapers,
    edits,
    counts: {
      // A source that takes the place of its relative row is that source read again.
      sourcesNew: changed.filter((source) => !known.has(source.file)).length - adopted.size,
      sourcesChanged: changed.filter((source) => known.has(source.file) && source !== append?.source).length + adopted.size,
      sourcesUnchanged: read.length + (append ? 1 : 0) - changed.length,
      sourcesRemoved: removed.length,
      newEntries: entries.filter((entry) => !oldEntryIds.has(entry.id)).length,
      removedEntries: oldEntries.filter((entry) => !newEntryIds.has(entry.id)).length,
      newEntriesOfIndexedPapers: entries.filter((entry) => !oldEntryIds.has(entry.id) && stored.has(entry.paperId)).length,
      editedEntries: edits.length,
      updatedEntries,
    },
  };
}

/** The same details as stored; the line number alone moves when an entry above it grew or shrank. */
function hasSameDetails(a: Entry, b: Entry): boolean {
  return JSON.stringify({ ...rowOfEntry(a), line: 0 }) === JSON.stringify({ ...rowOfEntry(b), line: 0 });
}

/**
 * Library sources recorded relative to an unknown folder (see migrate-source-paths.ts) that a
 * source read now has the file name of, when only one does: the read one takes its place.
 */
function adoptRelativeSources(known: ReadonlyMap<string, SourceRecord>, read: readonly SourceFile[]): Set<string> {
  const relative = [...known.keys()].filter((file) => !path.isAbsolute(file));
  const adopted = new Set<string>();
  if (relative.length === 0) return adopted;
  for (const source of read) {
    if (known.has(source.file)) continue;
    const matches = relative.filter((file) => path.basename(file) === path.basename(source.file));
    if (matches.length === 1) adopted.add(matches[0]!);
  }
  return adopted;
}

/** What a source held when read: the same hash means nothing in it changed. */
export function hashSource(source: SourceFile): string {
  return createHash('sha256').update(JSON.stringify({ digestDate: source.digestDate, entries: source.entries })).digest('hex');
}

/**
 * `<digest>#<position>`, or `<path>#<position>` when another source in the library has the same
 * file name: entry ids stay unique across folders.
 */
function assignEntryIds(entries: Entry[], otherSources: string[]): void {
  const filesByName = new Map<string, Set<string>>();
  for (const file of [...otherSources, ...entries.map((entry) => entry.file)]) {
    const name = path.basename(file);
    const files = filesByName.get(name) ?? new Set<string>();
    files.add(file);
    filesByName.set(name, files);
  }
  for (const entry of entries) {
    entry.id = (filesByName.get(entry.digest)?.size ?? 0) > 1 ? `${entry.file}#${entry.position}` : `${entry.digest}#${entry.position}`;
  }
}
