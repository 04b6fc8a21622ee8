// `papers index`: reads the inputs and adds them to the library (a source read before replaces
// its own entries); with `prune`, library sources missing from the inputs are removed.
import { PapersError } from '../errors.js';
import type { ArxivStream } from '../ingest/parse-arxiv.js';
import { readAllInputs, type ArxivImport } from '../ingest/read-all-inputs.js';
import { updateLibrary, type LibraryContext, type UpdateSummary } from './update-library.js';

export interface BuildIndexOptions {
  inputs: string[];
  /** Start from an empty library: embed everything again. */
  rebuild?: boolean;
  /** Remove library sources that are not among these inputs. */
  prune?: boolean;
  /** arXiv metadata inputs: keep papers in any of these categories (`cs.*` for an archive); all when empty. */
  categories?: readonly string[];
  /** Called every few thousand lines of an arXiv file, for a progress display. */
  onArxivProgress?: (stream: ArxivStream) => void;
}

export interface BuildSummary extends UpdateSummary {
  skippedFiles: number;
  /** What each arXiv metadata input gave: lines read, kept, outside the categories, skipped. */
  arxivImports: ArxivImport[];
}

export async function buildIndex(context: LibraryContext, options: BuildIndexOptions): Promise<BuildSummary> {
  const read = await readAllInputs(options.inputs, { categories: options.categories, onProgress: options.onArxivProgress });
  const warnings = [...read.warnings];
  if (read.sources.length === 0) {
    const detail = warnings
      .filter((warning) => warning.message !== 'no entries found')
      .map((warning) => `${warning.file}: ${warning.message}`)
      .slice(0, 3)
      .join('; ');
    throw new PapersError('NO_ENTRIES', `no entries found in ${options.inputs.join(', ')}${detail ? ` (${detail})` : ''}`, 'give digest .txt, .jsonl or arXiv metadata files');
  }
  const readFiles = new Set(read.sources.map((source) => source.file));
  const removeSources = options.prune ? context.store.sources().map((source) => source.path).filter((file) => !readFiles.has(file)) : [];
  const summary = await updateLibrary(context, { read: read.sources, removeSources, clear: options.rebuild ?? false, compact: false, warnings });
  return { ...summary, skippedFiles: read.skippedFiles, arxivImports: read.arxivImports };
}
