// Opens the library for reading, pinned to the state committed when it was opened: papers,
// entries, vectors, the graph and full-text search all answer from that one state. Each part is
// loaded the first time a command needs it, so a lexical query never loads the model or the graph.
import type { Embedder } from '../embedding/embedder.js';
import { checkIndexModel } from './check-model.js';
import { PapersError } from '../errors.js';
import type { Entry, Paper } from '../ingest/types.js';
import { createLexicalIndex, type LexicalIndex } from '../search/lexical-index.js';
import type { DuplicateMembers } from '../search/collapse-duplicates.js';
import type { Searchable } from '../search/search-papers.js';
import type { TagStore } from '../tags/library-tags.js';
import { verifiedGraphPath } from '../store/graph-file.js';
import { REBUILD_HINT, type IndexMeta, type ModelInfo } from '../store/index-meta.js';
import type { SourceRecord } from '../store/library-store.js';
import type { LibraryReader } from '../store/library-reader.js';
import type { TopicStore } from '../store/topic-tables.js';
import type { GraphBackend } from '../vector-index/graph-backend.js';
import { MemoryLabelMap, StoredLabelMap } from '../vector-index/label-map.js';
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface OpenIndexOptions {
  store: LibraryReader;
  /** Dense and lexical search answered elsewhere (a PostgreSQL library); the graph file and FTS5 otherwise. */
  search?: { vectorIndex(): VectorIndex; lexicalIndex(): LexicalIndex };
  /** The model this program embeds queries with; an index made by another is refused. */
  model: ModelInfo;
  backend: GraphBackend;
  loadEmbedder: () => Promise<Embedder>;
}

export class OpenIndex implements Searchable, TagStore {
  readonly meta: IndexMeta;
  readonly indexDir: string;
  private readonly store: LibraryReader;
  private readonly search: OpenIndexOptions['search'];
  private readonly backend: GraphBackend;
  private readonly loadEmbedder: () => Promise<Embedder>;
  private papersCache: Paper[] | null = null;
  private paperByIdCache: Map<string, Paper> | null = null;
  private entriesCache: Entry[] | null = null;
  private vectorsCache: Float32Array[] | null = null;
  private vectorIndexCache: VectorIndex | null = null;
  private lexicalCache: LexicalIndex | null = null;
  private topicStoreCache: TopicStore | null = null;
  private embedderPromise: Promise<Embedder> | null = null;

  private constructor(options: OpenIndexOptions, meta: IndexMeta) {
    this.store = options.store;
    this.search = options.search;
    this.indexDir = options.store.indexDir;
    this.backend = options.backend;
    this.meta = meta;
    this.loadEmbedder = options.loadEmbedder;
  }

  static open(options: OpenIndexOptions): OpenIndex {
    const { store, model } = options;
    store.beginSnapshot();
    try {
      const meta = store.readMeta();
      checkIndexModel(meta, model, store.indexDir);
      return new OpenIndex(options, meta);
    } catch (error) {
      store.close();
      throw error;
    }
  }

  /** Every paper, by id (reads the whole papers table once). */
  get papers(): Paper[] {
    this.papersCache ??= this.store.allPapers();
    return this.papersCache;
  }

  /** One paper; a single row unless all papers are loaded already. */
  paperById(id: string): Paper | undefined {
    if (this.papersCache) {
      this.paperByIdCache ??= new Map(this.papersCache.map((paper) => [paper.id, paper]));
      return this.paperByIdCache.get(id);
    }
    return this.store.paperById(id);
  }

  /** The sources read into the library, with their digest dates and when each was added. */
  sources(): SourceRecord[] {
    return this.store.sources?.() ?? [];
  }

  /** The papers of these ids, without loading every paper; unknown ids are left out. */
  papersByIds(ids: Iterable<string>): Map<string, Paper> {
    return new Map([...this.store.storedPapers(ids)].map(([id, stored]) => [id, stored.paper]));
  }

  /** Every entry that carries one of these papers. */
  entriesOfPapers(ids: Iterable<string>): Entry[] {
    return this.store.entriesOfPapers(ids);
  }

  /** The vectors of these papers, without loading all of them; unknown ids are left out. */
  vectorsOfPapers(ids: Iterable<string>): Map<string, Float32Array> {
    const stored = this.store.storedPapers(ids);
    const vectors = this.store.vectorsOf(new Set([...stored.values()].map((paper) => paper.textHash)), this.meta.model.fingerprint);
    const found = new Map<string, Float32Array>();
    for (const [id, paper] of stored) {
      const vector = vectors.get(paper.textHash);
      if (!vector) throw new PapersError('INDEX_CORRUPT', `paper ${id} has no stored vector`, REBUILD_HINT);
      found.set(id, vector);
    }
    return found;
  }

  get entries(): Entry[] {
    this.entriesCache ??= this.store.allEntries();
    return this.entriesCache;
  }

  /** The vector of each paper, in the order of `papers`. */
  vectors(): Float32Array[] {
    if (!this.vectorsCache) {
      const { ids, vectors } = this.store.allPaperVectors(this.meta.model.fingerprint);
      if (ids.length !== this.papers.length || ids.some((id, ordinal) => id !== this.papers[ordinal]!.id)) {
        throw new PapersError('INDEX_CORRUPT', 'the vectors do not match the papers', REBUILD_HINT);
      }
      this.vectorsCache = vectors;
    }
    return this.vectorsCache;
  }

  /** One paper's vector, without loading all of them. */
  vectorOf(id: string): Float32Array {
    const vector = this.store.vectorOfPaper(id, this.meta.model.fingerprint);
    if (!vector) throw new PapersError('INDEX_CORRUPT', `paper ${id} has no stored vector`, REBUILD_HINT);
    return vector;
  }

  /** The graph, checked by size and (for a large one) its sampled checksum; labels looked up per hit. */
  vectorIndex(): VectorIndex {
    this.vectorIndexCache ??= this.search ? this.search.vectorIndex() : this.backend.load(verifiedGraphPath(this.indexDir, this.meta, 'quick'), this.meta.model.dimensions, new StoredLabelMap(this.store));
    return this.vectorIndexCache;
  }

  /**
   * The duplicate groups the library keeps, looked up per hit; null for a library written before
   * it kept them (search then falls back to the cached or computed groups).
   */
  storedDuplicates(): DuplicateMembers | null {
    if (this.meta.duplicateMembers !== true) return null;
    const store = this.store;
    return { membersOf: (paperId) => store.duplicateMembersOf(paperId), isEmpty: store.hasNoDuplicates() };
  }

  /** The graph read on a worker thread, so that a search can load the model meanwhile. */
  async openVectorIndex(): Promise<VectorIndex> {
    if (this.search) return this.vectorIndex();
    this.vectorIndexCache ??= await this.backend.open(verifiedGraphPath(this.indexDir, this.meta, 'quick'), this.meta.model.dimensions, new StoredLabelMap(this.store));
    return this.vectorIndexCache;
  }

  /** An empty in-memory index of the same kind, for stages that index a subset (the map's sample). */
  newVectorIndex(dimensions: number): VectorIndex {
    return this.backend.create(dimensions, new MemoryLabelMap());
  }

  lexicalIndex(): LexicalIndex {
    this.lexicalCache ??= this.search ? this.search.lexicalIndex() : createLexicalIndex(this.store);
    return this.lexicalCache;
  }

  cacheGet(key: string): string | null {
    return this.store.cacheGet(key);
  }

  cachePut(key: string, value: string): void {
    this.store.cachePut(key, value);
  }

  /** Tags are read and written live, outside the pinned snapshot: a tag shows as soon as it is added. */
  allTags(): { paperId: string; tag: string }[] {
    return this.store.allTags?.() ?? [];
  }

  addTag(paperId: string, tag: string): boolean {
    if (!this.store.addTag) throw noTagsError();
    return this.store.addTag(paperId, tag);
  }

  removeTag(paperIds: readonly string[], tag: string): number {
    if (!this.store.removeTag) throw noTagsError();
    return this.store.removeTag(paperIds, tag);
  }

  /** The library's stable topics and the topic of each paper. */
  topicStore(): TopicStore {
    this.topicStoreCache ??= this.store.topicStore();
    return this.topicStoreCache;
  }

  /** The model, loaded on first use; a reopened index may share it (`papers serve`). */
  embedder(): Promise<Embedder> {
    this.embedderPromise ??= this.loadEmbedder();
    return this.embedderPromise;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [vector] = await (await this.embedder()).embed([text]);
    return vector!;
  }

  /** Embeds several texts with the same lazily loaded model as embedQuery (theme key phrases). */
  async embedTexts(texts: string[]): Promise<Float32Array[]> {
    return (await this.embedder()).embed(texts);
  }

  /** Releases the database and the model. */
  async close(): Promise<void> {
    this.closeStore();
    if (this.embedderPromise) await (await this.embedderPromise).dispose();
  }

  /** Releases the database only: the model goes on serving the index that replaced this one. */
  closeStore(): void {
    this.store.close();
  }
}

function noTagsError(): PapersError {
  return new PapersError('CANNOT_WRITE', 'this library keeps no tags (only a library in an index folder does)', 'tag papers in a library made by papers index');
}
