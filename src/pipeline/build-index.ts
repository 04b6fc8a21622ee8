// `papers index`: reads the inputs and adds them to the library (a source read before replaces
// its own entries); with `prune`, library sources missing from the inputs are removed.
import { PapersError } from '../errors.js';
import { readInputs } from '../ingest/read-inputs.js';
import { updateLibrary, type LibraryContext, type UpdateSummary } from './update-library.js';

export interface BuildIndexOptions {
  inputs: string[];
  /** Start from an empty library: embed everything again. */
  rebuild?: boolean;
  /** Remove library sources that are not among these inputs. */
  prune?: boolean;
}

export interface BuildSummary extends UpdateSummary {
  skippedFiles: number;
}

export async function buildIndex(context: LibraryContext, options: BuildIndexOptions): Promise<BuildSummary> {
  const read = readInputs(options.inputs);
  const warnings = [...read.warnings];
  if (read.sources.length === 0) {
    const detail = warnings
      .filter((warning) => warning.message !== 'no entries found')
      .map((warning) => `${warning.file}: ${warning.message}`)
      .slice(0, 3)
      .join('; ');
    throw new PapersError('NO_ENTRIES', `no entries found in ${options.inputs.join(', ')}${detail ? ` (${detail})` : ''}`, 'give digest .txt or .jsonl files');
  }
  const readFiles = new Set(read.sources.map((source) => source.file));
  const removeSources = options.prune ? context.store.sources().map((source) => source.path).filter((file) => !readFiles.has(file)) : [];
  const summary = await updateLibrary(context, { read: read.sources, removeSources, clear: options.rebuild ?? false, compact: false, warnings });
  return { ...summary, skippedFiles: read.skippedFiles };
}
