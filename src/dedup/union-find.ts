// Disjoint sets over paper ordinals, so that re-posts of re-posts end up in one group whatever
// order the links arrive in.

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly rank: Uint8Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
    this.rank = new Uint8Array(size);
  }

  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps later finds near O(1) on long chains of re-posts.
    let current = item;
    while (this.parent[current] !== root) {
      const next = this.parent[current]!;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    const rankA = this.rank[rootA]!;
    const rankB = this.rank[rootB]!;
    if (rankA < rankB) this.parent[rootA] = rootB;
    else if (rankA > rankB) this.parent[rootB] = rootA;
    else {
      this.parent[rootB] = rootA;
      this.rank[rootA] = rankA + 1;
    }
  }
}
