// One change to the library, in named steps: merge what was read with what is stored, embed the
// papers that have no vector, update the vector index, then write the graph file and commit the
// database transaction that names it. Held under the write lock from the first read to the commit.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { INDEX_FORMAT_VERSION } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { PapersError } from '../errors.js';
import { embeddingText } from '../ingest/normalize.js';
import type { SourceFile } from '../ingest/read-inputs.js';
import type { IngestWarning } from '../ingest/types.js';
import type { PaperRevision } from '../dedup/find-revised-of.js';
import type { IndexMeta, ModelInfo } from '../store/index-meta.js';
import { removeStaleGraphs, verifiedGraphPath, writeGraphFile } from '../store/graph-file.js';
import { lexicalTermsOf } from '../search/lexical-index.js';
import type { ImportProgress, LibraryStore, PaperToWrite } from '../store/library-store.js';
import { acquireLock } from '../store/lock.js';
import type { GraphBackend } from '../vector-index/graph-backend.js';
import type { HnswParameters } from '../vector-index/hnsw-index.js';
import type { VectorItem } from '../vector-index/vector-index.js';
import { findRevisions } from './find-revisions.js';
import { embedMissing, interrupted, textHashOf, type EmbedRequest } from './embed-missing.js';
import { mergeLibrary, type AppendedBatch, type LibraryMerge, type MergeCounts } from './merge-library.js';
import { updateDuplicates } from './update-duplicates.js';
import { buildGraph, growGraph, needsGraphRebuild, openGraph, type GraphUpdate } from './update-vector-index.js';

/** What the pipeline is given: chosen once, in cli/context.ts. */
export interface LibraryContext {
  store: LibraryStore;
  backend: GraphBackend;
  model: ModelInfo;
  hnsw: HnswParameters;
  /** Called only when some text has no stored vector yet. */
  loadEmbedder: () => Promise<Embedder>;
  /** Called with (0, total) before the model loads, then after each embedding batch. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between embedding batches and before the switch; when set, nothing is written. */
  isInterrupted?: () => boolean;
}

export interface LibraryUpdate {
  read: readonly SourceFile[];
  /** Library sources to take out (`papers remove`, `--prune`). */
  removeSources: readonly string[];
  /** Start from an empty library and embed everything again (`--rebuild`). */
  clear: boolean;
  /** Rebuild the graph and drop vectors no paper uses (`papers compact`). */
  compact: boolean;
  warnings: IngestWarning[];
  /** One batch of a source stored in parts, with how far its file has been read once it commits. */
  append?: AppendedBatch & { progress: ImportProgress; /** Embed again even when a vector is stored (`--rebuild`). */ reembed: boolean };
}

export interface UpdateSummary {
  /** Library totals after the change. */
  papers: number;
  entries: number;
  sources: number;
  newPapers: number;
  removedPapers: number;
  /** Of the removed papers, those whose entries now carry an edited text (counted in revisions). */
  replacedPapers: number;
  embedded: number;
  merge: MergeCounts;
  newEntriesRevisingIndexedPapers: number;
  /**
   * New papers that revise one the library held: entries edited in place (the old text leaves the
   * library) and new entries that `dupes` would join to an indexed paper.
   */
  revisions: Revision[];
  graphRebuilt: boolean;
  /** True when nothing changed, so nothing was written. */
  unchanged: boolean;
  previousPapers: number | null;
  meta: IndexMeta;
  warnings: IngestWarning[];
}

export interface Revision {
  paperId: string;
  title: string;
  revisesId: string;
  revisesTitle: string;
  /** How the two were matched: the same entry with edited text, or a re-post judged by dedup. */
  basis: 'edited in place' | 're-post';
  /** The revised paper left the library (no other entry posts its old text). */
  replaced: boolean;
}

export async function updateLibrary(context: LibraryContext, update: LibraryUpdate): Promise<UpdateSummary> {
  // Held from before the library is read until the new state is committed, so two writers never
  // interleave and neither works from a state the other is replacing.
  const lock = acquireLock(context.store.indexDir);
  if (lock.tookOver) update.warnings.push({ file: context.store.indexDir, line: null, message: lock.tookOver });
  try {
    return await updateLibraryLocked(context, update);
  } finally {
    lock.release();
  }
}

/** updateLibrary for a caller that holds the write lock across several changes (an import in batches). */
export async function updateLibraryLocked(context: LibraryContext, update: LibraryUpdate): Promise<UpdateSummary> {
  const { store, model } = context;
  const warnings = update.warnings;
  const previous = update.clear ? null : readPreviousMeta(store, warnings);
  const clear = update.clear || previous === null;
  const startOver = clear || !sameModel(previous.model, model) || JSON.stringify(previous.hnsw) !== JSON.stringify(context.hnsw);

  const merge = await mergeLibrary(store, update.read, { clear, removeSources: update.removeSources, append: update.append });
  let rebuild = needsGraphRebuild({ meta: previous, startOver, compact: update.compact, removed: merge.removedPaperIds.length, added: merge.newPapers.length });
  const sourcesUnchanged = merge.replacedSources.length === 0 && merge.sources.length === 0;
  // With nothing else to write, a damaged or missing graph is repaired (a change loads, so checks, it anyway).
  if (previous && sourcesUnchanged && !rebuild) {
    const problem = findGraphProblem(store, previous);
    if (problem) {
      warnings.push({ file: store.indexDir, line: null, message: `${problem}; rebuilt it from the stored vectors (nothing embedded again)` });
      rebuild = true;
    }
  }
  const nothingChanged = sourcesUnchanged && !rebuild;
  if (previous && nothingChanged) return summarise({ previous, meta: previous, merge, embedded: 0, revisions: [], rebuilt: false, unchanged: true, warnings });

  const embedOptions = { fingerprint: model.fingerprint, ignoreStored: update.clear || (update.append?.reembed ?? false), loadEmbedder: context.loadEmbedder, onProgress: context.onProgress, isInterrupted: context.isInterrupted };
  const newRequests = merge.newPapers.map((paper): EmbedRequest => ({ id: paper.id, textHash: textHashOf(paper.title, paper.abstract), text: () => embeddingText(paper.title, paper.abstract) }));
  const textHashOfNew = new Map(newRequests.map((request) => [request.id, request.textHash]));

  // The graph is read on a worker thread while the model loads and embeds the new papers.
  const opening = !rebuild && previous ? openGraph(store, previous, context.backend).catch((error: unknown) => ({ error })) : null;
  let embedded = await embedMissing(store, newRequests, embedOptions);
  let graph: GraphUpdate | null = null;
  if (opening) {
    try {
      const opened = await opening;
      if ('error' in opened) throw opened.error;
      graph = await growGraph(opened, merge.removedPaperIds, merge.newPapers.map((paper) => ({ id: paper.id, vector: embedded.vectors.get(paper.id)! })));
    } catch (error) {
      if (!(error instanceof PapersError) || error.code !== 'INDEX_CORRUPT') throw error;
      warnings.push({ file: store.indexDir, line: null, message: `${error.message}; rebuilding the graph from the stored vectors` });
      rebuild = true;
    }
  }
  if (!graph) {
    const removed = new Set(merge.removedPaperIds);
    const kept = clear ? [] : store.paperTextHashes().filter(([id]) => !removed.has(id));
    const keptRequests = kept.map(([id, textHash]): EmbedRequest => ({ id, textHash, text: () => textOfStored(store, id) }));
    const keptVectors = await embedMissing(store, keptRequests, embedOptions);
    embedded = { vectors: new Map([...keptVectors.vectors, ...embedded.vectors]), fresh: [...keptVectors.fresh, ...embedded.fresh] };
    const items: VectorItem[] = [...embedded.vectors].map(([id, vector]) => ({ id, vector })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    graph = buildGraph(context.backend, model.dimensions, items);
  }
  if (context.isInterrupted?.()) throw interrupted();

  const duplicates = await updateDuplicates({
    store,
    previous: clear ? null : previous,
    graph: graph.graph,
    graphRebuilt: rebuild,
    newPapers: merge.newPapers,
    removedPaperIds: merge.removedPaperIds,
    vectors: embedded.vectors,
  });
  if (context.isInterrupted?.()) throw interrupted();

  const generation = (previous?.generation ?? 0) + 1;
  const written = writeGraphFile(store.indexDir, generation, (file) => graph.graph.write(file));
  if (context.isInterrupted?.()) {
    fs.rmSync(path.join(store.indexDir, written.file), { force: true });
    throw interrupted();
  }
  const labelOf = (id: string) => graph.labels.labelOf(id)!;
  const papers: PaperToWrite[] = [
    ...merge.newPapers.map((paper) => ({ paper, label: labelOf(paper.id), textHash: textHashOfNew.get(paper.id)!, terms: lexicalTermsOf(paper) })),
    ...merge.updatedPapers.map((stored) => ({ ...stored, label: labelOf(stored.paper.id) })),
  ];
  const meta = store.apply({
    meta: {
      formatVersion: INDEX_FORMAT_VERSION,
      updatedAt: new Date().toISOString(),
      generation,
      model,
      hnsw: context.hnsw,
      graph: { file: written.file, sha256: written.sha256, sampleSha256: written.sampleSha256, bytes: written.bytes, points: graph.graph.pointCount },
      previousGraph: previous?.graph.file ?? null,
      papersSha256: nextPapersHash(previous?.papersSha256 ?? '', generation, merge.newPapers.map((paper) => paper.id), merge.removedPaperIds),
      duplicateMembers: duplicates.complete,
    },
    clear,
    replacedSources: merge.replacedSources,
    sources: merge.sources,
    entries: merge.entries,
    removedPaperIds: merge.removedPaperIds,
    papers,
    relabel: graph.builtLabels,
    vectors: embedded.fresh,
    dropUnusedVectors: update.compact,
    duplicateLinks: duplicates.links,
    resetDuplicates: duplicates.reset,
    importProgress: update.append?.progress,
  });
  removeStaleGraphs(store.indexDir, [written.file, previous?.graph.file ?? null]);
  if (clear) removeOldFormat(store.indexDir);

  // Entries edited in place are revisions already (merge.edits); the rest are new entries. An
  // imported arXiv batch is not compared with the library: the summary's revisions are for digests.
  const editedIds = new Set(merge.edits.map((edit) => edit.entryId));
  const addedEntries = merge.entries.filter((entry) => !editedIds.has(entry.id));
  const revisions = previous && !clear && !update.append ? await findRevisions(store, model.fingerprint, graph.graph, merge.newPapers, embedded.vectors, addedEntries) : [];
  // Written and committed: an import's next batch reads the file again, without this copy beside it.
  graph.graph.release();
  return summarise({ previous, meta, merge, embedded: embedded.fresh.length, revisions, rebuilt: rebuild, unchanged: false, warnings });
}

/** The library's meta, or null for a new one; a damaged one is reported and the library rebuilt. */
function readPreviousMeta(store: LibraryStore, warnings: IngestWarning[]): IndexMeta | null {
  try {
    return store.readMetaIfAny();
  } catch (error) {
    if (!(error instanceof PapersError)) throw error;
    warnings.push({ file: store.indexDir, line: null, message: `previous index not reused (${error.message}); building anew` });
    return null;
  }
}

/** Why the graph file cannot be used (missing, truncated, altered), or null when it matches its checksum. */
function findGraphProblem(store: LibraryStore, meta: IndexMeta): string | null {
  try {
    verifiedGraphPath(store.indexDir, meta);
    return null;
  } catch (error) {
    if (error instanceof PapersError && error.code === 'INDEX_CORRUPT') return error.message;
    throw error;
  }
}

function sameModel(a: ModelInfo, b: ModelInfo): boolean {
  return a.id === b.id && a.variant === b.variant && a.fingerprint === b.fingerprint && a.dimensions === b.dimensions;
}

function textOfStored(store: LibraryStore, id: string): string {
  const paper = store.paperById(id)!;
  return embeddingText(paper.title, paper.abstract);
}

/** Changes whenever the set of papers does; computed from the change alone, not from every id. */
function nextPapersHash(previous: string, generation: number, added: string[], removed: string[]): string {
  if (added.length === 0 && removed.length === 0 && previous) return previous;
  return createHash('sha256').update(JSON.stringify([previous, generation, [...added].sort(), [...removed].sort()])).digest('hex');
}

/** A library written over a folder of the old format leaves none of the old files behind. */
function removeOldFormat(indexDir: string): void {
  for (const name of fs.readdirSync(indexDir)) {
    if (name === 'manifest.json' || /^g-[\w-]+$/.test(name) || name.startsWith('.staging-') || name === 'themes.json') {
      fs.rmSync(path.join(indexDir, name), { recursive: true, force: true });
    }
  }
}

/** Edits first (one per new paper), then re-posts of indexed papers that no edit already explains. */
function listRevisions(merge: LibraryMerge, reposts: readonly PaperRevision[]): Revision[] {
  const listed = new Map<string, Revision>();
  const removed = new Set(merge.removedPaperIds);
  for (const edit of merge.edits) {
    if (listed.has(edit.toPaperId)) continue;
    listed.set(edit.toPaperId, { paperId: edit.toPaperId, title: edit.title, revisesId: edit.fromPaperId, revisesTitle: edit.fromTitle, basis: 'edited in place', replaced: removed.has(edit.fromPaperId) });
  }
  for (const repost of reposts) {
    if (!listed.has(repost.paperId)) listed.set(repost.paperId, { paperId: repost.paperId, title: repost.title, revisesId: repost.revisesId, revisesTitle: repost.revisesTitle, basis: 're-post', replaced: false });
  }
  return [...listed.values()];
}

function countReplaced(merge: LibraryMerge): number {
  const editedFrom = new Set(merge.edits.map((edit) => edit.fromPaperId));
  return merge.removedPaperIds.filter((id) => editedFrom.has(id)).length;
}

function summarise(input: {
  previous: IndexMeta | null;
  meta: IndexMeta;
  merge: LibraryMerge;
  embedded: number;
  revisions: PaperRevision[];
  rebuilt: boolean;
  unchanged: boolean;
  warnings: IngestWarning[];
}): UpdateSummary {
  return {
    papers: input.meta.counts.papers,
    entries: input.meta.counts.entries,
    sources: input.meta.counts.sources,
    newPapers: input.unchanged ? 0 : input.merge.newPapers.length,
    removedPapers: input.unchanged ? 0 : input.merge.removedPaperIds.length,
    replacedPapers: input.unchanged ? 0 : countReplaced(input.merge),
    embedded: input.embedded,
    merge: input.merge.counts,
    newEntriesRevisingIndexedPapers: input.unchanged ? 0 : input.revisions.reduce((sum, revision) => sum + revision.entries, 0),
    revisions: input.unchanged ? [] : listRevisions(input.merge, input.revisions),
    graphRebuilt: input.rebuilt,
    unchanged: input.unchanged,
    previousPapers: input.previous?.counts.papers ?? null,
    meta: input.meta,
    warnings: input.warnings,
  };
}
