// A VectorIndex that lives in a file: what the index pipeline needs beyond the search contract.
// `cli/context.ts` chooses the backend (hnswlib) and hands it to the pipeline and the reader.
import type { LabelMap } from './label-map.js';
import type { VectorIndex, VectorItem } from './vector-index.js';

export interface PersistedVectorIndex extends VectorIndex {
  /** Points in the file, those removed but not yet compacted away included. */
  readonly pointCount: number;
  /** Upsert without awaiting per batch: a build of 100,000 papers reports progress as it goes. */
  upsertNow(items: readonly VectorItem[], onAdded?: (done: number) => void): void;
  write(file: string): void;
  /**
   * Frees the graph's memory now: the native graph is invisible to the garbage collector's
   * accounting, so a batch-by-batch import would otherwise hold the previous batch's graph
   * beside the next one. The index is empty afterwards.
   */
  release(): void;
}

export interface GraphBackend {
  create(dimensions: number, labels: LabelMap, capacity?: number): PersistedVectorIndex;
  load(file: string, dimensions: number, labels: LabelMap): PersistedVectorIndex;
  /** The same, read on a worker thread: the model can load meanwhile. */
  open(file: string, dimensions: number, labels: LabelMap): Promise<PersistedVectorIndex>;
}
