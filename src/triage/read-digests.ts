// Reads the digests to triage (any input `papers index` reads) and groups their entries into papers.
import path from 'node:path';
import { buildCorpus } from '../ingest/build-corpus.js';
import { noEntriesError } from '../ingest/no-entries-error.js';
import { readAllInputs } from '../ingest/read-all-inputs.js';
import type { IngestWarning } from '../ingest/types.js';
import type { DigestCorpus } from './triage-digest.js';

export interface ReadDigests extends DigestCorpus {
  warnings: IngestWarning[];
}

export async function readDigests(paths: string[]): Promise<ReadDigests> {
  const read = await readAllInputs(paths);
  if (read.sources.length === 0) throw noEntriesError(paths, read.warnings, 'give digest .txt or .jsonl files');
  const { papers, entries } = buildCorpus(read.sources);
  const digests = read.sources.map((source) => ({ file: source.file, digest: path.basename(source.file), date: source.digestDate, entries: source.entries.length }));
  return { digests, papers, entries, warnings: read.warnings };
}
