// The append-only map between paper ids and HNSW labels: a paper keeps its label for as long as it
// is indexed, and a label is never given to another paper, so adding papers moves no one.

export interface LabelMap {
  labelOf(id: string): number | undefined;
  idOf(label: number): string | undefined;
  set(id: string, label: number): void;
  delete(id: string): void;
}

/** Where a StoredLabelMap looks labels up: the store's papers table, one row at a time. */
export interface LabelLookup {
  labelOfPaper(id: string): number | undefined;
  paperOfLabel(label: number): string | undefined;
}

/**
 * Labels looked up in the store as they are needed, with this process's own changes kept over
 * them: opening a library of 1,000,000 papers reads no label until a search returns one.
 */
export class StoredLabelMap implements LabelMap {
  private readonly lookup: LabelLookup;
  private readonly setLabels = new Map<string, number>();
  private readonly setIds = new Map<number, string>();
  private readonly deletedIds = new Set<string>();
  private readonly deletedLabels = new Set<number>();

  constructor(lookup: LabelLookup) {
    this.lookup = lookup;
  }

  labelOf(id: string): number | undefined {
    if (this.deletedIds.has(id)) return undefined;
    return this.setLabels.get(id) ?? this.lookup.labelOfPaper(id);
  }

  idOf(label: number): string | undefined {
    if (this.deletedLabels.has(label)) return undefined;
    return this.setIds.get(label) ?? this.lookup.paperOfLabel(label);
  }

  set(id: string, label: number): void {
    this.deletedIds.delete(id);
    this.deletedLabels.delete(label);
    this.setLabels.set(id, label);
    this.setIds.set(label, id);
  }

  delete(id: string): void {
    const label = this.labelOf(id);
    if (label === undefined) return;
    this.setLabels.delete(id);
    this.setIds.delete(label);
    this.deletedIds.add(id);
    this.deletedLabels.add(label);
  }
}

/** The in-memory LabelMap, for a graph built in one go; a library read from disk uses StoredLabelMap. */
export class MemoryLabelMap implements LabelMap {
  private readonly labels = new Map<string, number>();
  private readonly ids = new Map<number, string>();

  static from(pairs: Iterable<readonly [string, number]>): MemoryLabelMap {
    const map = new MemoryLabelMap();
    for (const [id, label] of pairs) map.set(id, label);
    return map;
  }

  labelOf(id: string): number | undefined {
    return this.labels.get(id);
  }

  idOf(label: number): string | undefined {
    return this.ids.get(label);
  }

  set(id: string, label: number): void {
    this.labels.set(id, label);
    this.ids.set(label, id);
  }

  delete(id: string): void {
    const label = this.labels.get(id);
    if (label === undefined) return;
    this.labels.delete(id);
    this.ids.delete(label);
  }

  entries(): IterableIterator<[string, number]> {
    return this.labels.entries();
  }
}
