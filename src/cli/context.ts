// What every command needs from the outside world, chosen in one place: the index folder, the
// model and its embedder, the store, and the vector index backend. Nothing below the CLI
// constructs these; they are passed in from here.
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_URL_ENV, defaultIndexDir, HNSW, INDEX_DIR_ENV, MODEL, MODEL_VARIANT_ENV, MODEL_VARIANTS, type ModelVariant } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { modelFingerprint } from '../embedding/model-fingerprint.js';
import { takeEarlyEmbedder } from '../embedding/early-embedder.js';
import { WorkerEmbedder } from '../embedding/worker-embedder.js';
import { PapersError, usageError } from '../errors.js';
import type { BuildIndexOptions, BuildSummary } from '../pipeline/build-index.js';
import { checkIndexModel } from '../pipeline/check-model.js';
import { migrateSourcePaths } from '../pipeline/migrate-source-paths.js';
import { OpenIndex } from '../pipeline/open-index.js';
import type { FollowedIndex } from '../server/followed-index.js';
import type { LibraryContext } from '../pipeline/update-library.js';
import type { IndexMeta, ModelInfo } from '../store/index-meta.js';
import { DATABASE_FILE } from '../store/schema.js';
import { LibraryStore, oldFormatError } from '../store/library-store.js';
import type { GraphBackend } from '../vector-index/graph-backend.js';
import { hnswBackend } from '../vector-index/hnsw-index.js';

export type { ModelInfo };

export interface GlobalOptions {
  indexDir?: string;
  /** A PostgreSQL library's URL (--db), instead of the local index folder. */
  db?: string;
}

/** --db, else $PAPERS_DATABASE_URL; undefined for the local SQLite index. */
export function resolveDatabaseUrl(options: GlobalOptions): string | undefined {
  return options.db ?? (process.env[DATABASE_URL_ENV] || undefined);
}

/** --index-dir, else $PAPERS_INDEX_DIR, else the per-user library; a path that is a file is refused. */
export function resolveIndexDir(options: GlobalOptions): string {
  const indexDir = options.indexDir ?? (process.env[INDEX_DIR_ENV] || defaultIndexDir());
  let isFile = false;
  try {
    isFile = !fs.statSync(indexDir).isDirectory();
  } catch {
    // Not there yet: `papers index` creates it, the other commands say there is no index.
  }
  if (isFile) throw new PapersError('CANNOT_WRITE', `the index folder ${indexDir} is a file, not a folder`, 'name a folder with --index-dir <folder>, or move the file away');
  return indexDir;
}

/** The model variant of this run: $PAPERS_MODEL_VARIANT (set by --model-variant) or the default. */
export function currentVariant(): ModelVariant {
  const wanted = process.env[MODEL_VARIANT_ENV];
  if (wanted === undefined || wanted === '') return MODEL.defaultVariant;
  const variant = wanted.toLowerCase();
  if (!(variant in MODEL_VARIANTS)) {
    throw usageError(`unknown model variant "${wanted}"`, `use one of ${Object.keys(MODEL_VARIANTS).join(', ')}`);
  }
  return variant as ModelVariant;
}

export function currentModel(): ModelInfo {
  const variant = currentVariant();
  return {
    id: MODEL.id,
    variant,
    fingerprint: modelFingerprint(path.join(MODEL.dir, MODEL.id), variant),
    dimensions: MODEL.dimensions,
    maxTokens: MODEL.maxTokens,
  };
}

/** The model on its worker thread: the one the entry point started early, if it is this variant. */
export function loadEmbedder(): Promise<Embedder> {
  const variant = currentVariant();
  return takeEarlyEmbedder(variant) ?? WorkerEmbedder.load({ variant });
}

/** The vector index: hnswlib, with the configured graph parameters. */
export function graphBackend(): GraphBackend {
  return hnswBackend(HNSW);
}

export interface LibraryOptions {
  indexDir: string;
  model?: ModelInfo;
  loadEmbedder?: () => Promise<Embedder>;
  /** A rebuild may start over a folder of the old format or a database SQLite cannot read. */
  rebuild?: boolean;
  onProgress?: LibraryContext['onProgress'];
  isInterrupted?: LibraryContext['isInterrupted'];
}

/** A writer's view of the library; the caller closes `context.store`. */
export function openLibrary(options: LibraryOptions): LibraryContext {
  const database = path.join(options.indexDir, DATABASE_FILE);
  if (!options.rebuild && !fs.existsSync(database) && fs.existsSync(path.join(options.indexDir, 'manifest.json'))) throw oldFormatError(options.indexDir);
  let store: LibraryStore;
  try {
    store = LibraryStore.openForWriting(options.indexDir);
  } catch (error) {
    if (!(options.rebuild && error instanceof PapersError && error.code === 'INDEX_CORRUPT')) throw error;
    // Nothing in a database SQLite cannot read is worth keeping; a rebuild starts a new one.
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true });
    store = LibraryStore.openForWriting(options.indexDir);
  }
  const model = options.model ?? currentModel();
  if (!options.rebuild) {
    // Adding with another model would re-embed the whole library behind the user's back.
    let meta: IndexMeta | null = null;
    try {
      meta = store.readMetaIfAny();
    } catch {
      // A damaged meta is the build's to report and repair.
    }
    try {
      if (meta) checkIndexModel(meta, model, options.indexDir);
    } catch (error) {
      store.close();
      throw error;
    }
  }
  if (!options.rebuild) migrateSourcePaths(store);
  return {
    store,
    backend: graphBackend(),
    model,
    hnsw: { ...HNSW },
    loadEmbedder: options.loadEmbedder ?? loadEmbedder,
    onProgress: options.onProgress,
    isInterrupted: options.isInterrupted,
  };
}

/** `papers index` in one call: opens the library, adds the inputs, closes it. */
export async function buildIndex(options: LibraryOptions & BuildIndexOptions): Promise<BuildSummary> {
  if (isFile(options.indexDir)) throw new PapersError('CANNOT_WRITE', `${options.indexDir} is a file, not an index folder`, 'pass a folder with --index-dir');
  // The write pipeline, PostgreSQL and the server load only for the command that needs them, so a
  // cold search does not pay for them.
  const { buildIndex: buildIndexWith } = await import('../pipeline/build-index.js');
  const context = openLibrary(options);
  try {
    return await buildIndexWith(context, { inputs: options.inputs, rebuild: options.rebuild, prune: options.prune, categories: options.categories, onArxivProgress: options.onArxivProgress, arxivBatchSize: options.arxivBatchSize });
  } finally {
    context.store.close();
  }
}

export interface OpenOptions {
  indexDir: string;
  model?: ModelInfo;
  loadEmbedder?: () => Promise<Embedder>;
}

export function openIndexAt(options: OpenOptions): OpenIndex {
  // The model first: a misnamed variant is a usage error whether or not there is an index.
  const model = options.model ?? currentModel();
  return OpenIndex.open({ store: LibraryStore.open(options.indexDir), model, backend: graphBackend(), loadEmbedder: options.loadEmbedder ?? loadEmbedder });
}

/** The library a reading command works on: the PostgreSQL one --db names, else the local index. */
export async function openIndex(options: GlobalOptions): Promise<OpenIndex> {
  const url = resolveDatabaseUrl(options);
  if (url !== undefined) {
    const { openPostgresIndex } = await import('../pipeline/open-postgres.js');
    return openPostgresIndex({ url, model: currentModel(), backend: graphBackend(), loadEmbedder });
  }
  return openIndexAt({ indexDir: resolveIndexDir(options) });
}

/** The library as a running server sees it: reopened whenever a write committed a new generation. */
export async function followIndex(options: GlobalOptions): Promise<FollowedIndex> {
  const url = resolveDatabaseUrl(options);
  if (url !== undefined) {
    const model = currentModel();
    const [{ followPostgres }, { openPostgresIndex }] = await Promise.all([import('../server/follow-postgres.js'), import('../pipeline/open-postgres.js')]);
    return followPostgres({ url, dimensions: model.dimensions, loadEmbedder, open: (shared) => openPostgresIndex({ url, model, backend: graphBackend(), loadEmbedder: shared }) });
  }
  const indexDir = resolveIndexDir(options);
  const { FollowedIndex } = await import('../server/followed-index.js');
  const probe = LibraryStore.open(indexDir);
  return new FollowedIndex(openIndexAt({ indexDir }), {
    reopen: (sharedEmbedder) => openIndexAt({ indexDir, loadEmbedder: sharedEmbedder }),
    readGeneration: () => probe.readGeneration(),
    onClose: () => probe.close(),
  });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
