// `papers index`: inputs → entries → papers → embeddings (reusing every vector the previous index
// already has for the same text and model) → HNSW and BM25 → a new index generation on disk.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { HNSW } from '../config.js';
import { countRevisedEntries } from '../dedup/find-revised-of.js';
import type { Embedder } from '../embedding/embedder.js';
import { PapersError } from '../errors.js';
import { buildCorpus } from '../ingest/build-corpus.js';
import { embeddingText } from '../ingest/normalize.js';
import type { ArxivStream } from '../ingest/parse-arxiv.js';
import { readAllInputs, type AllInputs, type ArxivImport } from '../ingest/read-all-inputs.js';
import type { SourceFile } from '../ingest/read-inputs.js';
import type { Entry, IngestWarning, Paper } from '../ingest/types.js';
import { LexicalIndex } from '../search/lexical-index.js';
import { acquireLock } from '../store/lock.js';
import type { Manifest } from '../store/manifest.js';
import { readAllPapers, readEntries, readManifest, readVectors, writeIndex } from '../store/index-store.js';
import { HnswIndex } from '../vector-index/hnsw-index.js';

export interface ModelInfo {
  id: string;
  /** Which committed graph ("int8" or "q4"): an index made with one is refused by the other. */
  variant: string;
  fingerprint: string;
  dimensions: number;
  maxTokens: number;
}

export interface BuildIndexOptions {
  indexDir: string;
  inputs: string[];
  model: ModelInfo;
  /** Called only when some text has no stored vector yet. */
  loadEmbedder: () => Promise<Embedder>;
  /** Ignore the previous index: embed everything again. */
  rebuild?: boolean;
  /** Keep the entries already indexed and add these inputs to them. */
  add?: boolean;
  /** arXiv metadata inputs: keep papers in any of these categories (`cs.*` for an archive); all when empty. */
  categories?: readonly string[];
  /** Called every few thousand lines of an arXiv file, for a progress display. */
  onArxivProgress?: (stream: ArxivStream) => void;
  /** Called with (0, total) before the model loads, then after each embedding batch. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between embedding batches; when set, the build stops and writes nothing. */
  isInterrupted?: () => boolean;
}

export interface BuildSummary {
  entries: number;
  papers: number;
  digests: number;
  embedded: number;
  reused: number;
  /** Entries that carry a paper another entry already carries (the same paper in several digests). */
  repeatedEntries: number;
  /** New entries whose paper was already in the previous index. */
  newEntriesOfIndexedPapers: number;
  /** Papers of the previous index that the new inputs no longer hold (without --add). */
  droppedPapers: number;
  /** New entries that are edited re-posts (revised title or abstract) of a paper already indexed. */
  newEntriesRevisingIndexedPapers: number;
  warnings: IngestWarning[];
  skippedFiles: number;
  /** What each arXiv metadata input gave: lines read, kept, outside the categories, skipped. */
  arxivImports: ArxivImport[];
  /** True when the inputs gave exactly the index already on disk, so nothing was written. */
  unchanged: boolean;
  previousPapers: number | null;
  manifest: Manifest;
}

interface Previous {
  manifest: Manifest;
  papers: Paper[];
  entries: Entry[];
  vectors: Float32Array[];
}

export async function buildIndex(options: BuildIndexOptions): Promise<BuildSummary> {
  const read = await readAllInputs(options.inputs, { categories: options.categories, onProgress: options.onArxivProgress });
  fs.mkdirSync(options.indexDir, { recursive: true });
  // Held from before the previous index is read until the new one is switched in, so two builds
  // never interleave and neither works from a state the other is replacing.
  const lock = acquireLock(options.indexDir);
  try {
    return await buildLocked(options, read);
  } finally {
    lock.release();
  }
}

async function buildLocked(options: BuildIndexOptions, read: AllInputs): Promise<BuildSummary> {
  const warnings = [...read.warnings];
  // --add --rebuild keeps the indexed entries and embeds everything again.
  const previous = options.rebuild && !options.add ? null : loadPrevious(options.indexDir, options.model, warnings);
  const sources = options.add && previous ? mergeSources(previous.entries, read.sources) : read.sources;
  if (sources.length === 0) {
    const detail = warnings
      .filter((warning) => warning.message !== 'no entries found' && warning.file !== options.indexDir)
      .map((warning) => `${warning.file}: ${warning.message}`)
      .slice(0, 3)
      .join('; ');
    throw new PapersError('NO_ENTRIES', `no entries found in ${options.inputs.join(', ')}${detail ? ` (${detail})` : ''}`, 'give digest .txt or .jsonl files');
  }
  const { papers, entries } = buildCorpus(sources);
  const paperIds = new Set(papers.map((paper) => paper.id));

  const reusable = new Map<string, Float32Array>();
  if (!options.rebuild) previous?.papers.forEach((paper, ordinal) => reusable.set(vectorKey(paper), previous.vectors[ordinal]!));
  const vectors: (Float32Array | undefined)[] = papers.map((paper) => reusable.get(vectorKey(paper)));
  const missing = papers.flatMap((paper, ordinal) => (vectors[ordinal] ? [] : [ordinal]));

  if (missing.length > 0) {
    options.onProgress?.(0, missing.length);
    const embedder = await options.loadEmbedder();
    try {
      const texts = missing.map((ordinal) => embeddingText(papers[ordinal]!.title, papers[ordinal]!.abstract));
      const fresh = await embedder.embed(texts, (done, total) => {
        if (options.isInterrupted?.()) throw new PapersError('INTERRUPTED', 'interrupted before the index was written');
        options.onProgress?.(done, total);
      });
      missing.forEach((ordinal, position) => {
        vectors[ordinal] = fresh[position]!;
      });
    } finally {
      await embedder.dispose();
    }
  }
  if (options.isInterrupted?.()) throw new PapersError('INTERRUPTED', 'interrupted before the index was written');

  const previousEntryIds = new Set(previous?.entries.map((entry) => entry.id) ?? []);
  const previousPaperIds = new Set(previous?.papers.map((paper) => paper.id) ?? []);
  const summaryBase = {
    entries: entries.length,
    papers: papers.length,
    digests: new Set(entries.map((entry) => entry.file)).size,
    embedded: missing.length,
    reused: papers.length - missing.length,
    repeatedEntries: entries.length - papers.length,
    newEntriesOfIndexedPapers: entries.filter((entry) => !previousEntryIds.has(entry.id) && previousPaperIds.has(entry.paperId)).length,
    warnings,
    skippedFiles: read.skippedFiles,
    arxivImports: read.arxivImports,
    previousPapers: previous?.papers.length ?? null,
    droppedPapers: previous ? previous.papers.filter((paper) => !paperIds.has(paper.id)).length : 0,
  };

  const finalVectors = vectors as Float32Array[];
  const sourceFiles = [...new Set(entries.map((entry) => entry.file))].sort();
  if (previous && sameIndex(previous, papers, entries, sourceFiles)) {
    return { ...summaryBase, newEntriesRevisingIndexedPapers: 0, unchanged: true, manifest: previous.manifest };
  }

  const hnsw = HnswIndex.build(finalVectors, options.model.dimensions);
  const newEntriesRevisingIndexedPapers = previous
    ? countRevisedEntries({ papers, entries, vectors: finalVectors, vectorIndex: hnsw, previousPaperIds, previousEntryIds })
    : 0;
  const manifest = writeIndex(options.indexDir, {
    model: options.model,
    hnsw: { ...HNSW },
    sources: sourceFiles,
    papers,
    entries,
    vectors: finalVectors,
    lexical: LexicalIndex.build(papers).serialize(),
    saveVectorIndex: (file) => hnsw.save(file),
  });
  return { ...summaryBase, newEntriesRevisingIndexedPapers, unchanged: false, manifest };
}

/** Vectors are reused per distinct embedded text; the model is fixed by the fingerprint check. */
function vectorKey(paper: Paper): string {
  return createHash('sha256').update(embeddingText(paper.title, paper.abstract)).digest('base64');
}

function loadPrevious(indexDir: string, model: ModelInfo, warnings: IngestWarning[]): Previous | null {
  let manifest: Manifest;
  try {
    manifest = readManifest(indexDir);
  } catch (error) {
    if (error instanceof PapersError && error.code !== 'NO_INDEX') {
      warnings.push({ file: indexDir, line: null, message: `previous index not reused (${error.message}); building anew` });
      return null;
    }
    if (error instanceof PapersError) return null;
    throw error;
  }
  if (manifest.model.id !== model.id || manifest.model.fingerprint !== model.fingerprint || manifest.model.dimensions !== model.dimensions) {
    return null;
  }
  try {
    return { manifest, papers: readAllPapers(indexDir, manifest), entries: readEntries(indexDir, manifest), vectors: readVectors(indexDir, manifest) };
  } catch (error) {
    if (!(error instanceof PapersError)) throw error;
    warnings.push({ file: indexDir, line: null, message: `previous index not reused (${error.message}); building anew` });
    return null;
  }
}

/** With --add: the entries already indexed, except those of files read again now. */
function mergeSources(previousEntries: Entry[], fresh: SourceFile[]): SourceFile[] {
  const freshFiles = new Set(fresh.map((source) => source.file));
  const kept = new Map<string, SourceFile>();
  for (const entry of previousEntries) {
    if (freshFiles.has(entry.file)) continue;
    const source = kept.get(entry.file) ?? { file: entry.file, digestDate: entry.digestDate, entries: [] };
    source.entries.push({
      line: entry.line,
      title: entry.title,
      abstract: entry.abstract,
      authors: entry.authors,
      organisation: entry.organisation,
      published: entry.published,
      publishedIso: entry.publishedIso,
      upvotes: entry.upvotes,
      ...(entry.externalId ? { externalId: entry.externalId, categories: entry.categories ?? [] } : {}),
    });
    kept.set(entry.file, source);
  }
  return [...kept.values(), ...fresh];
}

function sameIndex(previous: Previous, papers: Paper[], entries: Entry[], sources: string[]): boolean {
  return (
    JSON.stringify(previous.manifest.hnsw) === JSON.stringify({ ...HNSW }) &&
    JSON.stringify(previous.manifest.sources) === JSON.stringify(sources) &&
    JSON.stringify({ papers: previous.papers, entries: previous.entries }) === JSON.stringify({ papers, entries })
  );
}
