// What triage reads from the library as it was before the digest: a few papers, entries and
// vectors by id, and the vector index (OpenIndex has all of it).
import type { Entry, Paper } from '../ingest/types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';

export interface TriageLibrary {
  /** Unknown ids are left out. */
  papersByIds(ids: Iterable<string>): Map<string, Paper>;
  entriesOfPapers(ids: Iterable<string>): Entry[];
  /** Unknown ids are left out. */
  vectorsOfPapers(ids: Iterable<string>): Map<string, Float32Array>;
  vectorIndex(): VectorIndex;
}
