// `papers index --db <url>`: merges the inputs into a shared PostgreSQL library (papers keyed by
// content id, written without vectors), then embeds what has no vector with workers that claim
// batches; the same command on several machines shares the work and embeds nothing twice.
import os from 'node:os';
import { textHashOf } from './embed-missing.js';
import { mergeLibrary, type MergeCounts } from './merge-library.js';
import type { Embedder } from '../embedding/embedder.js';
import { PapersError } from '../errors.js';
import { embeddingText } from '../ingest/normalize.js';
import type { IngestWarning } from '../ingest/types.js';
import type { SourceFile } from '../ingest/read-inputs.js';
import { lexicalTermsOf } from '../search/lexical-index.js';
import type { ModelInfo } from '../store/index-meta.js';
import { PostgresLibrary } from '../store/postgres/postgres-library.js';

export interface PostgresIndexContext {
  url: string;
  model: ModelInfo;
  loadEmbedder: () => Promise<Embedder>;
  /** Claim loops in this process, each on its own connection (1-32); they share one model. */
  workers: number;
  /** Papers a worker claims at a time: small enough that a dead worker loses little (8-256). */
  batchSize: number;
  /** Names this process in `embedded_by` (host and pid by default). */
  workerName?: string;
  /** Called with (0, total) before the model loads, then after each batch. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches: an interrupted run stops claiming; what it wrote stays. */
  isInterrupted?: () => boolean;
}

export interface PostgresIndexUpdate {
  read: readonly SourceFile[];
  /** Start the library over: every table emptied, every paper embedded again. */
  rebuild: boolean;
  /** Remove library sources that are not among those read. */
  prune: boolean;
  warnings: IngestWarning[];
}

export interface PostgresIndexSummary {
  newPapers: number;
  removedPapers: number;
  merge: MergeCounts;
  /** Papers this process embedded. */
  embedded: number;
  /** Papers still without a vector when this process stopped (held by other workers). */
  unembedded: number;
  generation: number | null;
  warnings: IngestWarning[];
}

export async function indexPostgres(context: PostgresIndexContext, update: PostgresIndexUpdate): Promise<PostgresIndexSummary> {
  const { merge, generation } = await mergeIntoPostgres(context, update);
  const { embedded, unembedded } = await embedWithWorkers(context);
  return { newPapers: merge.newPapers.length, removedPapers: merge.removedPaperIds.length, merge: merge.counts, embedded, unembedded, generation, warnings: update.warnings };
}

/** One transaction under the library's merge lock: a second writer waits and then sees this one's sources. */
async function mergeIntoPostgres(context: PostgresIndexContext, update: PostgresIndexUpdate) {
  const library = await PostgresLibrary.open(context.url, { create: true, dimensions: context.model.dimensions });
  try {
    return await library.mergeUnderLock(async () => {
      const meta = await library.readMeta();
      if (meta && !update.rebuild) checkModel(meta.model, context.model, library.where);
      if (update.rebuild) await library.clear();
      const readFiles = new Set(update.read.map((source) => source.file));
      const removeSources = update.prune ? (await library.sources()).map((source) => source.path).filter((file) => !readFiles.has(file)) : [];
      const merge = await mergeLibrary(library, update.read, { clear: update.rebuild, removeSources });
      if (meta && !update.rebuild && merge.replacedSources.length === 0 && merge.sources.length === 0) return { merge, generation: meta.generation };
      const generation = await library.applyChange({
        meta: { model: context.model, updatedAt: new Date().toISOString() },
        replacedSources: merge.replacedSources,
        sources: merge.sources,
        entries: merge.entries,
        removedPaperIds: merge.removedPaperIds,
        papers: [
          ...merge.newPapers.map((paper) => ({ paper, textHash: textHashOf(paper.title, paper.abstract), terms: lexicalTermsOf(paper) })),
          ...merge.updatedPapers.map((stored) => ({ paper: stored.paper, textHash: stored.textHash, terms: lexicalTermsOf(stored.paper) })),
        ],
      });
      return { merge, generation };
    });
  } finally {
    await library.close();
  }
}

/** Runs the claim loops until none finds a paper to claim; the model loads only if one does. */
async function embedWithWorkers(context: PostgresIndexContext): Promise<{ embedded: number; unembedded: number }> {
  const libraries = await Promise.all(Array.from({ length: context.workers }, () => PostgresLibrary.open(context.url, { create: false, dimensions: context.model.dimensions })));
  const shared: { embedder: Promise<Embedder> | null } = { embedder: null };
  let done = 0;
  try {
    const total = await libraries[0]!.countUnembedded();
    const name = context.workerName ?? `${os.hostname()}:${process.pid}`;
    const embed = async (texts: string[]) => {
      if (!shared.embedder) {
        context.onProgress?.(0, total);
        shared.embedder = context.loadEmbedder();
      }
      return (await shared.embedder).embed(texts);
    };
    await Promise.all(
      libraries.map(async (library, worker) => {
        while (!context.isInterrupted?.()) {
          const claimed = await library.embedClaimed(context.batchSize, `${name}/${worker + 1}`, (papers) => embed(papers.map((paper) => embeddingText(paper.title, paper.abstract))));
          if (claimed === 0) break;
          done += claimed;
          context.onProgress?.(done, Math.max(total, done));
        }
      }),
    );
    return { embedded: done, unembedded: await libraries[0]!.countUnembedded() };
  } finally {
    await Promise.all(libraries.map((library) => library.close()));
    if (shared.embedder) await (await shared.embedder).dispose();
  }
}

function checkModel(stored: ModelInfo, model: ModelInfo, where: string): void {
  if (stored.id !== model.id || stored.variant !== model.variant || stored.fingerprint !== model.fingerprint || stored.dimensions !== model.dimensions) {
    throw new PapersError(
      'INDEX_INCOMPATIBLE',
      `the library in ${where} was embedded with ${stored.id} (${stored.variant}, ${stored.fingerprint}), not ${model.id} (${model.variant}, ${model.fingerprint})`,
      `run with --model-variant ${stored.variant}, or start it over with \`papers index --db <url> --rebuild\` and every source`,
    );
  }
}
