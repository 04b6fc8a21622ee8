// The append-only map between paper ids and HNSW labels: a paper keeps its label for as long as it
// is indexed, and a label is never given to another paper, so adding papers moves no one.

export interface LabelMap {
  labelOf(id: string): number | undefined;
  idOf(label: number): string | undefined;
  set(id: string, label: number): void;
  delete(id: string): void;
}

/** The in-memory LabelMap; a store may offer one that looks labels up on disk instead. */
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
