// The index a running server answers from, following the library: before each request a cheap
// check of the committed generation, and when it moved, the new state is opened (graph loaded
// first) and swapped in. The model is shared, and the replaced state is released a little later,
// so requests in flight finish on it.
import type { Embedder } from '../embedding/embedder.js';
import type { Entry, Paper } from '../ingest/types.js';
import type { OpenIndex } from '../pipeline/open-index.js';
import type { LexicalIndex } from '../search/lexical-index.js';
import type { IndexMeta } from '../store/index-meta.js';
import type { SourceRecord } from '../store/library-store.js';
import type { TopicStore } from '../store/topic-tables.js';
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface FollowOptions {
  /** Opens the library as committed now, with the given model. */
  reopen: (loadEmbedder: () => Promise<Embedder>) => OpenIndex;
  /** The generation committed now (a one-row read); null when it cannot be read. */
  readGeneration: () => number | null;
  /** How long a replaced state stays open for the requests still using it. */
  retireAfterMs?: number;
  /** Releases what readGeneration uses. */
  onClose?: () => void;
}

export class FollowedIndex {
  private current: OpenIndex;
  private readonly options: FollowOptions;
  private readonly retiring = new Set<NodeJS.Timeout>();

  constructor(initial: OpenIndex, options: FollowOptions) {
    this.current = initial;
    this.options = options;
  }

  /** Switches to the committed library when it changed; a failure keeps the state it has. */
  refresh(): boolean {
    let generation: number | null;
    try {
      generation = this.options.readGeneration();
    } catch {
      return false;
    }
    if (generation === null || generation === this.current.meta.generation) return false;
    const previous = this.current;
    let next: OpenIndex;
    try {
      next = this.options.reopen(() => previous.embedder());
      // The graph is read now, while its file is certainly there.
      next.vectorIndex();
    } catch {
      return false;
    }
    this.current = next;
    const timer = setTimeout(() => {
      this.retiring.delete(timer);
      previous.closeStore();
    }, this.options.retireAfterMs ?? 30_000);
    timer.unref();
    this.retiring.add(timer);
    return true;
  }

  get meta(): IndexMeta {
    return this.current.meta;
  }

  get indexDir(): string {
    return this.current.indexDir;
  }

  get papers(): Paper[] {
    return this.current.papers;
  }

  /** The sources read into the library, with their digest dates and when each was added. */
  sources(): SourceRecord[] {
    return this.current.sources();
  }

  get entries(): Entry[] {
    return this.current.entries;
  }

  paperById(id: string): Paper | undefined {
    return this.current.paperById(id);
  }

  vectors(): Float32Array[] {
    return this.current.vectors();
  }

  vectorIndex(): VectorIndex {
    return this.current.vectorIndex();
  }

  newVectorIndex(dimensions: number): VectorIndex {
    return this.current.newVectorIndex(dimensions);
  }

  lexicalIndex(): LexicalIndex {
    return this.current.lexicalIndex();
  }

  vectorOf(id: string): Float32Array {
    return this.current.vectorOf(id);
  }

  topicStore(): TopicStore {
    return this.current.topicStore();
  }

  cacheGet(key: string): string | null {
    return this.current.cacheGet(key);
  }

  cachePut(key: string, value: string): void {
    this.current.cachePut(key, value);
  }

  allTags(): { paperId: string; tag: string }[] {
    return this.current.allTags();
  }

  addTag(paperId: string, tag: string): boolean {
    return this.current.addTag(paperId, tag);
  }

  removeTag(paperIds: readonly string[], tag: string): number {
    return this.current.removeTag(paperIds, tag);
  }

  embedQuery(text: string): Promise<Float32Array> {
    return this.current.embedQuery(text);
  }

  embedTexts(texts: string[]): Promise<Float32Array[]> {
    return this.current.embedTexts(texts);
  }

  async close(): Promise<void> {
    for (const timer of this.retiring) clearTimeout(timer);
    this.retiring.clear();
    this.options.onClose?.();
    await this.current.close();
  }
}
