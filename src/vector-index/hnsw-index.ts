// VectorIndex backed by hnswlib-node: inner-product space over L2-normalised vectors, so
// 1 - distance is the cosine similarity. Papers are found by label through an append-only LabelMap;
// the graph grows with resizeIndex and forgets papers with markDelete, so an add never rebuilds it.
import hnswlib from 'hnswlib-node';
import { HNSW } from '../config.js';
import type { GraphBackend, PersistedVectorIndex } from './graph-backend.js';
import { MemoryLabelMap, type LabelMap } from './label-map.js';
import type { Neighbour, VectorItem, VectorSearchOptions } from './vector-index.js';

const NO_LABELS: ReadonlySet<number> = new Set();

export interface HnswParameters {
  m: number;
  efConstruction: number;
  efSearch: number;
  randomSeed: number;
}

export class HnswIndex implements PersistedVectorIndex {
  readonly dimensions: number;
  readonly labels: LabelMap;
  private readonly index: hnswlib.HierarchicalNSW;
  private readonly efSearch: number;
  /** Emptied whenever labels change (upsert, remove). */
  private excludedLabels = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();

  private constructor(index: hnswlib.HierarchicalNSW, dimensions: number, labels: LabelMap, efSearch: number) {
    this.index = index;
    this.dimensions = dimensions;
    this.labels = labels;
    this.efSearch = efSearch;
  }

  /** An empty graph; `capacity` only sizes the first allocation, the graph grows as papers come. */
  static create(dimensions: number, parameters: HnswParameters = HNSW, labels: LabelMap = new MemoryLabelMap(), capacity = 1024): HnswIndex {
    const index = new hnswlib.HierarchicalNSW('ip', dimensions);
    index.initIndex(Math.max(capacity, 1), parameters.m, parameters.efConstruction, parameters.randomSeed);
    return new HnswIndex(index, dimensions, labels, parameters.efSearch);
  }

  /** A graph written by `write`; `labels` must be the map that was current when it was written. */
  static load(file: string, dimensions: number, labels: LabelMap, efSearch: number = HNSW.efSearch): HnswIndex {
    const index = new hnswlib.HierarchicalNSW('ip', dimensions);
    index.readIndexSync(file);
    return new HnswIndex(index, dimensions, labels, efSearch);
  }

  /** The same as `load`, the file read on one of libuv's worker threads instead of this one. */
  static async open(file: string, dimensions: number, labels: LabelMap, efSearch: number = HNSW.efSearch): Promise<HnswIndex> {
    const index = new hnswlib.HierarchicalNSW('ip', dimensions);
    await index.readIndex(file);
    return new HnswIndex(index, dimensions, labels, efSearch);
  }

  release(): void {
    this.index.initIndex(1);
    this.excludedLabels = new WeakMap();
  }

  /** Points in the graph, including those marked deleted: the next label to hand out. */
  get pointCount(): number {
    return this.index.getCurrentCount();
  }

  upsert(items: readonly VectorItem[]): Promise<void> {
    this.upsertNow(items);
    return Promise.resolve();
  }

  /** The same upsert, synchronously, for the build that adds 100,000 papers in one go. */
  upsertNow(items: readonly VectorItem[], onAdded?: (done: number) => void): void {
    this.excludedLabels = new WeakMap();
    const fresh = items.filter((item) => this.labels.labelOf(item.id) === undefined).length;
    const needed = this.index.getCurrentCount() + fresh;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(needed + Math.max(64, Math.ceil(needed / 100)));
    items.forEach((item, done) => {
      let label = this.labels.labelOf(item.id);
      if (label === undefined) {
        label = this.index.getCurrentCount();
        this.labels.set(item.id, label);
      }
      this.index.addPoint(Array.from(item.vector), label);
      if (done % 1000 === 999) onAdded?.(done + 1);
    });
  }

  remove(ids: readonly string[]): Promise<void> {
    this.excludedLabels = new WeakMap();
    for (const id of ids) {
      const label = this.labels.labelOf(id);
      if (label === undefined) continue;
      this.index.markDelete(label);
      this.labels.delete(id);
    }
    return Promise.resolve();
  }

  search(query: Float32Array, topK: number, options: VectorSearchOptions = {}): Promise<Neighbour[]> {
    return Promise.resolve(this.searchNow(query, topK, options));
  }

  searchNow(query: Float32Array, topK: number, options: VectorSearchOptions = {}): Neighbour[] {
    const wanted = Math.min(topK, this.index.getCurrentCount());
    if (wanted <= 0) return [];
    this.index.setEf(Math.max(options.efSearch ?? this.efSearch, wanted));
    const excluded = this.labelsOf(options.excludeIds);
    const found = this.index.searchKnn(Array.from(query), wanted, excluded.size > 0 ? (label) => !excluded.has(label) : undefined);
    const neighbours: Neighbour[] = [];
    found.neighbors.forEach((label, rank) => {
      // A paper removed after this graph was loaded has no id any more: it is no longer a result.
      const id = this.labels.idOf(label);
      if (id !== undefined) neighbours.push({ id, cosineSimilarity: 1 - found.distances[rank]! });
    });
    return neighbours;
  }

  /**
   * The labels of an exclusion set, looked up once per set: `papers index` excludes the same
   * 50,000 new papers from each of their 50,000 searches, and a label map on disk answers one
   * id at a time. Exclusion sets are read-only, so the same set object has the same labels.
   */
  private labelsOf(ids: ReadonlySet<string> | undefined): ReadonlySet<number> {
    if (!ids || ids.size === 0) return NO_LABELS;
    const cached = this.excludedLabels.get(ids);
    if (cached) return cached;
    const labels = new Set<number>();
    for (const id of ids) {
      const label = this.labels.labelOf(id);
      if (label !== undefined) labels.add(label);
    }
    this.excludedLabels.set(ids, labels);
    return labels;
  }

  /** Writes the graph (hnswlib's own format); the caller flushes and names it. */
  write(file: string): void {
    this.index.writeIndexSync(file);
  }
}

/** hnswlib as the pipeline's graph backend, with the configured parameters. */
export function hnswBackend(parameters: HnswParameters = HNSW): GraphBackend {
  return {
    create: (dimensions, labels, capacity) => HnswIndex.create(dimensions, parameters, labels, capacity),
    load: (file, dimensions, labels) => HnswIndex.load(file, dimensions, labels, parameters.efSearch),
    open: (file, dimensions, labels) => HnswIndex.open(file, dimensions, labels, parameters.efSearch),
  };
}
