// `papers index`: reads the inputs and adds them to the library (a source read before replaces
// its own entries); with `prune`, library sources missing from the inputs are removed. Digests go
// in one change; arXiv metadata files follow batch by batch (import-arxiv.ts), under one lock.
import { INGEST } from '../config.js';
import { noEntriesError } from '../ingest/no-entries-error.js';
import type { ArxivStream } from '../ingest/parse-arxiv.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { IngestWarning } from '../ingest/types.js';
import { acquireLock } from '../store/lock.js';
import { describeUnchanged, importArxivFile, planArxivImport, type ArxivImport } from './import-arxiv.js';
import { updateLibraryLocked, type LibraryContext, type UpdateSummary } from './update-library.js';

export type { ArxivImport };

export interface BuildIndexOptions {
  inputs: string[];
  /** Start from an empty library: embed everything again. */
  rebuild?: boolean;
  /** Remove library sources that are not among these inputs. */
  prune?: boolean;
  /** arXiv metadata inputs: keep papers in any of these categories (`cs.*` for an archive); all when empty. */
  categories?: readonly string[];
  /** arXiv metadata inputs: papers per committed batch, at least (default INGEST.importBatchPapers). */
  arxivBatchSize?: number;
  /** Called every few thousand lines of an arXiv file, for a progress display. */
  onArxivProgress?: (stream: ArxivStream) => void;
}

export interface BuildSummary extends UpdateSummary {
  skippedFiles: number;
  /** What each arXiv metadata input gave: lines read, kept, outside the categories, skipped. */
  arxivImports: ArxivImport[];
}

export async function buildIndex(context: LibraryContext, options: BuildIndexOptions): Promise<BuildSummary> {
  const categories = options.categories ?? [];
  const read = readInputs(options.inputs, { categories, onProgress: options.onArxivProgress, batchSize: options.arxivBatchSize ?? INGEST.importBatchPapers });
  const warnings = [...read.warnings];
  if (categories.length > 0 && read.streams.length === 0) {
    warnings.push({ file: options.inputs.join(', '), line: null, message: `--category ${categories.join(',')} applies to arXiv metadata files only, and there is none among these inputs` });
  }
  if (read.sources.length === 0 && read.streams.length === 0) throw noEntriesError(options.inputs, warnings);

  // Held across the digests' change and every batch of the imports: no other writer interleaves.
  const lock = acquireLock(context.store.indexDir);
  if (lock.tookOver) warnings.push({ file: context.store.indexDir, line: null, message: lock.tookOver });
  try {
    const plans = [];
    for (const stream of read.streams) plans.push(await planArxivImport(context, stream));
    const readFiles = new Set([...read.sources.map((source) => source.file), ...read.streams.map((stream) => stream.file)]);
    const pruned = options.prune ? context.store.sources().map((source) => source.path).filter((file) => !readFiles.has(file)) : [];
    const restarted = plans.filter((plan) => plan.restart).map((plan) => plan.stream.file);
    const removeSources = [...pruned, ...restarted];
    const rebuild = options.rebuild ?? false;
    const summaries: UpdateSummary[] = [];
    const mustWrite = read.sources.length > 0 || removeSources.length > 0 || rebuild;
    if (mustWrite || context.store.readMetaIfAny() !== null) {
      summaries.push(await updateLibraryLocked(context, { read: read.sources, removeSources, clear: rebuild, compact: false, warnings: [] }));
    }
    const arxivImports: ArxivImport[] = [];
    for (const plan of plans) {
      if (plan.status === 'unchanged') {
        arxivImports.push(describeUnchanged(plan));
        continue;
      }
      const papersBefore = summaries.at(-1)?.papers ?? 0;
      const { imported, summaries: batches } = await importArxivFile(context, plan, papersBefore, { reembed: rebuild, batchPapers: options.arxivBatchSize });
      summaries.push(...batches);
      arxivImports.push(imported);
      warnings.push(...plan.stream.warnings);
      if (imported.counts.kept === 0 && imported.counts.outsideCategories === 0 && plan.status === 'imported') {
        warnings.push({ file: plan.stream.file, line: null, message: 'no entries found' });
      }
    }
    const combined = combineSummaries(summaries, warnings);
    if (!combined) throw noEntriesError(options.inputs, warnings);
    return { ...combined, skippedFiles: read.skippedFiles, arxivImports };
  } finally {
    lock.release();
  }
}


/** The changes of one run as one: totals of the last, sums of what each added, removed and embedded. */
function combineSummaries(summaries: readonly UpdateSummary[], warnings: IngestWarning[]): UpdateSummary | null {
  const first = summaries[0];
  const last = summaries.at(-1);
  if (!first || !last) return null;
  const changed = summaries.filter((summary) => !summary.unchanged);
  const sum = (pick: (summary: UpdateSummary) => number) => changed.reduce((total, summary) => total + pick(summary), 0);
  const merge = { ...first.merge };
  for (const summary of summaries.slice(1)) {
    for (const key of Object.keys(merge) as (keyof typeof merge)[]) merge[key] += summary.merge[key];
  }
  return {
    ...last,
    newPapers: sum((summary) => summary.newPapers),
    removedPapers: sum((summary) => summary.removedPapers),
    replacedPapers: sum((summary) => summary.replacedPapers),
    revisions: changed.flatMap((summary) => summary.revisions),
    embedded: sum((summary) => summary.embedded),
    merge,
    newEntriesRevisingIndexedPapers: sum((summary) => summary.newEntriesRevisingIndexedPapers),
    graphRebuilt: changed.some((summary) => summary.graphRebuilt),
    unchanged: changed.length === 0,
    previousPapers: first.previousPapers,
    warnings: [...warnings, ...summaries.flatMap((summary) => summary.warnings)],
  };
}
