// Stores an arXiv metadata file batch by batch: each batch is embedded, added to the graph and
// committed with how far the file has been read, so memory holds one batch and an import stopped
// part-way (Ctrl-C, a kill) keeps its committed batches and continues after them when run again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { INGEST } from '../config.js';
import { PapersError } from '../errors.js';
import type { ArxivCounts, ArxivStream } from '../ingest/parse-arxiv.js';
import type { RawEntry } from '../ingest/types.js';
import type { ImportProgress } from '../store/library-store.js';
import { updateLibraryLocked, type LibraryContext, type UpdateSummary } from './update-library.js';

/** What one arXiv file gave: shown in the build summary. */
export interface ArxivImport {
  file: string;
  categories: readonly string[];
  counts: ArxivCounts;
  /** imported: read from its start; resumed: continued after `resumedAfterLine`; unchanged: stored before, same file and categories. */
  status: 'imported' | 'resumed' | 'unchanged';
  resumedAfterLine: number;
}

export interface ArxivPlan {
  stream: ArxivStream;
  /** Of the file's bytes and the categories kept: the same for the same import. */
  sha256: string;
  status: ArxivImport['status'];
  /** The batches an earlier run committed (a resumed import). */
  progress: ImportProgress | null;
  /** The library holds an older import of this path (another file or categories): it goes first. */
  restart: boolean;
}

/** Decides whether a file is imported from its start, resumed, or already stored. */
export async function planArxivImport(context: LibraryContext, stream: ArxivStream): Promise<ArxivPlan> {
  const sha256 = await hashImport(stream);
  const progress = context.store.importProgress(stream.file);
  const stored = context.store.sources().find((source) => source.path === stream.file);
  if (progress && progress.sha256 === sha256) return { stream, sha256, status: 'resumed', progress, restart: false };
  if (!progress && stored?.sha256 === sha256) return { stream, sha256, status: 'unchanged', progress: null, restart: false };
  return { stream, sha256, status: 'imported', progress: null, restart: progress !== null || stored !== undefined };
}

/** Reads and stores the file's remaining batches; the library is committed after each. */
export async function importArxivFile(context: LibraryContext, plan: ArxivPlan, papersBefore: number, options: { reembed: boolean; batchPapers?: number }): Promise<{ imported: ArxivImport; summaries: UpdateSummary[] }> {
  const { stream } = plan;
  const resumedAfterLine = plan.progress?.linesDone ?? 0;
  let entriesDone = plan.progress?.entriesDone ?? 0;
  let papers = papersBefore;
  const summaries: UpdateSummary[] = [];
  let pending: RawEntry[] = [];
  const commit = async () => {
    if (pending.length === 0) return;
    const source = { file: stream.file, digestDate: null, entries: pending, firstPosition: entriesDone + 1 };
    const progress = { path: stream.file, sha256: plan.sha256, linesDone: stream.counts.linesRead, entriesDone: entriesDone + pending.length };
    const summary = await updateLibraryLocked(context, {
      read: [],
      removeSources: [],
      clear: false,
      compact: false,
      warnings: [],
      append: { source, sha256: `partial:${plan.sha256}`, progress, reembed: options.reembed },
    });
    entriesDone = progress.entriesDone;
    papers = summary.papers;
    summaries.push(summary);
    pending = [];
  };
  try {
    for await (const batch of stream.batches({ startAfterLine: resumedAfterLine })) {
      pending.push(...batch);
      if (pending.length >= Math.max(options.batchPapers ?? INGEST.importBatchPapers, Math.ceil(papers * INGEST.importBatchShare))) await commit();
      if (context.isInterrupted?.()) throw new PapersError('INTERRUPTED', 'interrupted');
    }
    await commit();
  } catch (error) {
    if (error instanceof PapersError && error.code === 'INTERRUPTED' && entriesDone > 0) {
      throw new PapersError('INTERRUPTED', `interrupted: the first ${entriesDone.toLocaleString('en-US')} papers of ${stream.file} are stored; run the same command again to continue after them`);
    }
    throw error;
  }
  if (entriesDone > 0) context.store.finishImport(stream.file, plan.sha256);
  return { imported: { file: stream.file, categories: stream.categories, counts: stream.counts, status: plan.status, resumedAfterLine }, summaries };
}

/** A file skipped as stored before: counts stay empty. */
export function describeUnchanged(plan: ArxivPlan): ArxivImport {
  return { file: plan.stream.file, categories: plan.stream.categories, counts: plan.stream.counts, status: 'unchanged', resumedAfterLine: 0 };
}

async function hashImport(stream: ArxivStream): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(stream.path)) hash.update(chunk as Buffer);
  return hash.update(JSON.stringify([...stream.categories].sort())).digest('hex');
}
