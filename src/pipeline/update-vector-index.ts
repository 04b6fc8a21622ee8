// The HNSW graph after a change: loaded and grown in place (new papers added, removed ones
// marked deleted) or, when that is not possible or too many points are dead, built anew.
import { PapersError } from '../errors.js';
import type { IndexMeta } from '../store/index-meta.js';
import { verifiedGraphPath } from '../store/graph-file.js';
import type { LibraryStore } from '../store/library-store.js';
import type { GraphBackend, PersistedVectorIndex } from '../vector-index/graph-backend.js';
import { MemoryLabelMap, StoredLabelMap, type LabelMap } from '../vector-index/label-map.js';
import type { VectorItem } from '../vector-index/vector-index.js';

/**
 * Above this share of deleted points the graph is rebuilt: marked points still cost memory and
 * search time (hnswlib walks through them). 0.2 keeps the waste small and rebuilds rare.
 */
export const GRAPH_REBUILD_FRACTION = 0.2;

export interface GraphPlanInput {
  meta: IndexMeta | null;
  /** The library is rebuilt, the model or the HNSW settings changed: nothing old can be reused. */
  startOver: boolean;
  /** A compaction asks for a rebuild whatever the share of deleted points. */
  compact: boolean;
  removed: number;
  added: number;
}

export function needsGraphRebuild(input: GraphPlanInput): boolean {
  if (!input.meta || input.startOver || input.compact) return true;
  const points = input.meta.graph.points + input.added;
  const live = input.meta.counts.papers - input.removed + input.added;
  return points > 0 && (points - live) / points > GRAPH_REBUILD_FRACTION;
}

export interface GraphUpdate {
  graph: PersistedVectorIndex;
  labels: LabelMap;
  /** Every paper's label, when the graph was built anew (the papers are relabelled); null when grown. */
  builtLabels: Map<string, number> | null;
}

/**
 * Opens the current graph for an add (read on a worker thread, so the model loads meanwhile);
 * throws INDEX_CORRUPT when the file is damaged. Labels are looked up for the changed papers
 * only, and a large file is checked by its sampled checksum: an add costs what it changes beyond
 * reading the file.
 */
export async function openGraph(store: LibraryStore, meta: IndexMeta, backend: GraphBackend): Promise<GraphUpdate> {
  const labels = new StoredLabelMap(store);
  const graph = await backend.open(verifiedGraphPath(store.indexDir, meta, 'quick'), meta.model.dimensions, labels);
  if (graph.pointCount !== meta.graph.points) {
    throw new PapersError('INDEX_CORRUPT', `the graph holds ${graph.pointCount} points, the database says ${meta.graph.points}`);
  }
  return { graph, labels, builtLabels: null };
}

/** Applies the change to an opened graph: removed papers marked deleted, new ones added. */
export async function growGraph(opened: GraphUpdate, removedIds: readonly string[], added: readonly VectorItem[]): Promise<GraphUpdate> {
  await opened.graph.remove(removedIds);
  opened.graph.upsertNow(added);
  return opened;
}

/** A new graph of these papers (all of the library), labelled 0, 1, 2… in the given order. */
export function buildGraph(backend: GraphBackend, dimensions: number, items: readonly VectorItem[], onAdded?: (done: number) => void): GraphUpdate {
  const labels = new MemoryLabelMap();
  const graph = backend.create(dimensions, labels, Math.max(items.length, 1));
  graph.upsertNow(items, onAdded);
  return { graph, labels, builtLabels: new Map(labels.entries()) };
}
