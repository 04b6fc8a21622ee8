// readInputs for a build that holds the whole corpus at once: the arXiv streams are read to their
// end and joined to the other sources. A build that stores batch by batch iterates the streams itself.
import type { ArxivCounts, ArxivReadOptions } from './parse-arxiv.js';
import { readInputs, sourcePathOf, type ReadResult } from './read-inputs.js';
import type { RawEntry } from './types.js';

/** What one arXiv file gave: shown in the build summary. */
export interface ArxivImport {
  file: string;
  categories: readonly string[];
  counts: ArxivCounts;
}

export interface AllInputs extends ReadResult {
  arxivImports: ArxivImport[];
}

export async function readAllInputs(paths: string[], options: ArxivReadOptions = {}): Promise<AllInputs> {
  const read = readInputs(paths, options);
  const categories = options.categories ?? [];
  if (categories.length > 0 && read.streams.length === 0) {
    read.warnings.push({ file: paths.join(', '), line: null, message: `--category ${categories.join(',')} applies to arXiv metadata files only, and there is none among these inputs` });
  }
  const arxivImports: ArxivImport[] = [];
  for (const stream of read.streams) {
    const entries: RawEntry[] = [];
    for await (const batch of stream.batches()) entries.push(...batch);
    read.warnings.push(...stream.warnings);
    arxivImports.push({ file: stream.file, categories: stream.categories, counts: stream.counts });
    // stream.file is the path as shown (relative to the working folder when under it).
    if (entries.length > 0) read.sources.push({ file: sourcePathOf(stream.file), digestDate: null, entries });
    else if (stream.counts.outsideCategories === 0) read.warnings.push({ file: stream.file, line: null, message: 'no entries found' });
  }
  return { ...read, arxivImports };
}
