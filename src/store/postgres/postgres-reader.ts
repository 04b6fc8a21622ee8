// A PostgreSQL library as an opened index reads it: the papers that have a vector, their entries
// and vectors, loaded in one snapshot; cache writes go back to the database. Dense and lexical
// search are not answered here but by the database (src/pipeline/open-postgres.ts).
import { PapersError } from '../../errors.js';
import type { Entry, Paper } from '../../ingest/types.js';
import { INDEX_FORMAT_VERSION } from '../../config.js';
import type { IndexMeta } from '../index-meta.js';
import type { LibraryReader } from '../library-reader.js';
import type { StoredPaper } from '../library-store.js';
import { hashPaperIds, type PostgresLibrary, type PostgresSnapshot } from './postgres-library.js';
import { PGVECTOR_HNSW } from './postgres-schema.js';
import { PostgresTopicStore, TOPICS_CACHE_KEY } from './postgres-topic-store.js';
import type { TopicStore } from '../topic-tables.js';

export class PostgresReader implements LibraryReader {
  readonly indexDir: string;
  readonly library: PostgresLibrary;
  private readonly meta: IndexMeta;
  private readonly snapshot: PostgresSnapshot;
  private readonly ordinalOf: Map<string, number>;
  private readonly cache = new Map<string, string | null>();
  private readonly pendingWrites: Promise<void>[] = [];
  private closing: Promise<void> | null = null;
  private topics: PostgresTopicStore | null = null;

  private constructor(library: PostgresLibrary, snapshot: PostgresSnapshot, cached: Map<string, string | null>) {
    this.library = library;
    this.indexDir = library.where;
    this.snapshot = snapshot;
    this.cache = cached;
    this.ordinalOf = new Map(snapshot.papers.map((paper, ordinal) => [paper.id, ordinal]));
    this.meta = {
      formatVersion: INDEX_FORMAT_VERSION,
      updatedAt: snapshot.meta.updatedAt,
      generation: snapshot.meta.generation,
      model: snapshot.meta.model,
      hnsw: { m: PGVECTOR_HNSW.m, efConstruction: PGVECTOR_HNSW.efConstruction, efSearch: PGVECTOR_HNSW.efSearch, randomSeed: 0 },
      graph: { file: 'hnsw-pgvector.bin', sha256: '0'.repeat(64), bytes: 0, points: snapshot.papers.length },
      previousGraph: null,
      counts: { papers: snapshot.papers.length, entries: snapshot.entries.length, sources: new Set(snapshot.entries.map((entry) => entry.file)).size },
      papersSha256: hashPaperIds(snapshot.papers),
    };
  }

  /** Reads the snapshot and the cached values the reading stages ask for (themes, duplicates). */
  static async load(library: PostgresLibrary, cacheKeys: readonly string[]): Promise<PostgresReader> {
    const snapshot = await library.readSnapshot();
    if (!snapshot) throw new PapersError('NO_INDEX', `no papers library in ${library.where}`, 'run `papers index --db <url>` first');
    const cached = new Map<string, string | null>();
    for (const key of [...cacheKeys, TOPICS_CACHE_KEY]) cached.set(key, await library.cacheGet(key));
    return new PostgresReader(library, snapshot, cached);
  }

  beginSnapshot(): void {}

  readMeta(): IndexMeta {
    return this.meta;
  }

  allPapers(): Paper[] {
    return this.snapshot.papers;
  }

  paperById(id: string): Paper | undefined {
    const ordinal = this.ordinalOf.get(id);
    return ordinal === undefined ? undefined : this.snapshot.papers[ordinal];
  }

  allEntries(): Entry[] {
    return this.snapshot.entries;
  }

  allPaperVectors(): { ids: string[]; vectors: Float32Array[] } {
    return { ids: this.snapshot.papers.map((paper) => paper.id), vectors: this.snapshot.vectors };
  }

  vectorOfPaper(id: string): Float32Array | undefined {
    const ordinal = this.ordinalOf.get(id);
    return ordinal === undefined ? undefined : this.snapshot.vectors[ordinal];
  }

  /**
   * The snapshot's papers of these ids. The snapshot keys vectors by paper, so each paper's id
   * stands for its text hash here and `vectorsOf` takes the same ids back.
   */
  storedPapers(ids: Iterable<string>): Map<string, StoredPaper> {
    const found = new Map<string, StoredPaper>();
    for (const id of ids) {
      const paper = this.paperById(id);
      if (paper) found.set(id, { paper, label: 0, textHash: id });
    }
    return found;
  }

  entriesOfPapers(ids: Iterable<string>): Entry[] {
    const wanted = new Set(ids);
    return this.snapshot.entries.filter((entry) => wanted.has(entry.paperId));
  }

  /** Vectors by the keys `storedPapers` gives (paper ids). */
  vectorsOf(paperIds: Iterable<string>): Map<string, Float32Array> {
    const found = new Map<string, Float32Array>();
    for (const id of paperIds) {
      const vector = this.vectorOfPaper(id);
      if (vector) found.set(id, vector);
    }
    return found;
  }

  labelPairs(): [string, number][] {
    throw new PapersError('INDEX_INCOMPATIBLE', 'a PostgreSQL library has no HNSW graph file: pgvector answers dense search');
  }

  labelOfPaper(): number | undefined {
    return this.labelPairs()[0]?.[1];
  }

  paperOfLabel(): string | undefined {
    return this.labelPairs()[0]?.[0];
  }

  /** A PostgreSQL library keeps no duplicate groups of its own (its meta never says it does). */
  duplicateMembersOf(): { id: string; title: string }[] | undefined {
    return undefined;
  }

  hasNoDuplicates(): boolean {
    return true;
  }

  searchText(): never {
    throw new PapersError('INDEX_INCOMPATIBLE', 'a PostgreSQL library answers lexical search with its tsvector index');
  }

  topicStore(): TopicStore {
    this.topics ??= new PostgresTopicStore(this.cacheGet(TOPICS_CACHE_KEY), (value) => this.cachePut(TOPICS_CACHE_KEY, value));
    return this.topics;
  }

  cacheGet(key: string): string | null {
    return this.cache.get(key) ?? null;
  }

  /** Kept for this snapshot at once; written to the database before `closed()` resolves. */
  cachePut(key: string, value: string): void {
    this.cache.set(key, value);
    this.pendingWrites.push(this.library.cachePut(key, value));
  }

  close(): void {
    this.closing ??= Promise.allSettled(this.pendingWrites).then(() => this.library.close());
  }

  /** Resolves when the cache writes are done and the connection is closed. */
  closed(): Promise<void> {
    this.close();
    return this.closing!;
  }
}
