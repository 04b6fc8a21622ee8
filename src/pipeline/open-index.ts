// Opens a built index for reading. Each part (papers, vectors, HNSW, BM25, the model) is loaded
// the first time a command needs it, so a lexical query never loads the model.
import { MODEL_VARIANT_ENV } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { PapersError } from '../errors.js';
import type { Entry, Paper } from '../ingest/types.js';
import { LexicalIndex } from '../search/lexical-index.js';
import type { Searchable } from '../search/search-papers.js';
import { FILES, readAllPapers, readEntries, readManifest, readVectors, readVerified, REBUILD_HINT, verifiedPath } from '../store/index-store.js';
import { PaperReader } from '../store/paper-reader.js';
import type { Manifest } from '../store/manifest.js';
import { HnswIndex } from '../vector-index/hnsw-index.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import type { ModelInfo } from './build-index.js';

export interface OpenIndexOptions {
  indexDir: string;
  /** The model this program embeds queries with; an index made by another is refused. */
  model: ModelInfo;
  loadEmbedder: () => Promise<Embedder>;
}

export class OpenIndex implements Searchable {
  readonly manifest: Manifest;
  readonly indexDir: string;
  private readonly loadEmbedder: () => Promise<Embedder>;
  private papersCache: Paper[] | null = null;
  private entriesCache: Entry[] | null = null;
  private paperReader: PaperReader | null = null;
  private vectorsCache: Float32Array[] | null = null;
  private vectorIndexCache: VectorIndex | null = null;
  private lexicalCache: LexicalIndex | null = null;
  private embedderPromise: Promise<Embedder> | null = null;

  private constructor(indexDir: string, manifest: Manifest, loadEmbedder: () => Promise<Embedder>) {
    this.indexDir = indexDir;
    this.manifest = manifest;
    this.loadEmbedder = loadEmbedder;
  }

  static open(options: OpenIndexOptions): OpenIndex {
    const manifest = readManifest(options.indexDir);
    const { model } = options;
    if (manifest.model.id === model.id && manifest.model.variant !== model.variant) {
      throw new PapersError(
        'INDEX_INCOMPATIBLE',
        `index in ${options.indexDir} was made with the ${manifest.model.variant} variant of ${model.id}, not ${model.variant}`,
        `run with --model-variant ${manifest.model.variant} or ${MODEL_VARIANT_ENV}=${manifest.model.variant}; or re-embed it with \`papers index --rebuild\``,
      );
    }
    if (manifest.model.id !== model.id || manifest.model.fingerprint !== model.fingerprint || manifest.model.dimensions !== model.dimensions) {
      throw new PapersError(
        'INDEX_INCOMPATIBLE',
        `index in ${options.indexDir} was made with model ${manifest.model.id} (${manifest.model.fingerprint}), not ${model.id} (${model.fingerprint})`,
        REBUILD_HINT,
      );
    }
    return new OpenIndex(options.indexDir, manifest, options.loadEmbedder);
  }

  /** Every paper, in ordinal order (reads and parses the whole papers file once). */
  get papers(): Paper[] {
    this.papersCache ??= readAllPapers(this.indexDir, this.manifest);
    return this.papersCache;
  }

  /** One paper; reads only its part of the papers file unless all papers are loaded already. */
  paperAt(ordinal: number): Paper {
    if (this.papersCache) return this.papersCache[ordinal]!;
    this.paperReader ??= new PaperReader(this.indexDir, this.manifest);
    return this.paperReader.paperAt(ordinal);
  }

  get entries(): Entry[] {
    this.entriesCache ??= readEntries(this.indexDir, this.manifest);
    return this.entriesCache;
  }

  vectors(): Float32Array[] {
    this.vectorsCache ??= readVectors(this.indexDir, this.manifest);
    return this.vectorsCache;
  }

  vectorIndex(): VectorIndex {
    if (!this.vectorIndexCache) {
      const index = HnswIndex.load(verifiedPath(this.indexDir, this.manifest, FILES.hnsw), this.manifest.model.dimensions, this.manifest.hnsw.efSearch);
      if (index.size !== this.manifest.counts.papers) {
        throw new PapersError('INDEX_CORRUPT', `vector index holds ${index.size} vectors, the manifest counts ${this.manifest.counts.papers}`, REBUILD_HINT);
      }
      this.vectorIndexCache = index;
    }
    return this.vectorIndexCache;
  }

  lexicalIndex(): LexicalIndex {
    if (!this.lexicalCache) {
      const bytes = readVerified(this.indexDir, this.manifest, FILES.lexical);
      try {
        this.lexicalCache = LexicalIndex.deserialize(bytes);
      } catch {
        throw new PapersError('INDEX_CORRUPT', `${FILES.lexical} cannot be read`, REBUILD_HINT);
      }
      if (this.lexicalCache.size !== this.manifest.counts.papers) {
        throw new PapersError('INDEX_CORRUPT', `${FILES.lexical} holds ${this.lexicalCache.size} papers, the manifest counts ${this.manifest.counts.papers}`, REBUILD_HINT);
      }
    }
    return this.lexicalCache;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    this.embedderPromise ??= this.loadEmbedder();
    const [vector] = await (await this.embedderPromise).embed([text]);
    return vector!;
  }

  /** Embeds several texts with the same lazily loaded model as embedQuery (theme key phrases). */
  async embedTexts(texts: string[]): Promise<Float32Array[]> {
    this.embedderPromise ??= this.loadEmbedder();
    return (await this.embedderPromise).embed(texts);
  }

  async close(): Promise<void> {
    if (this.embedderPromise) await (await this.embedderPromise).dispose();
  }
}
