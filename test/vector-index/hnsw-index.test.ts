// The hnswlib vector index: keyed by paper id, grown in place, and close to exact search.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HNSW } from '../../src/config.js';
import { createRandom } from '../../src/seeded-random.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import { HnswIndex } from '../../src/vector-index/hnsw-index.js';
import { MemoryLabelMap } from '../../src/vector-index/label-map.js';
import type { VectorItem } from '../../src/vector-index/vector-index.js';
import { scratchDir } from '../helpers/paths.js';

function randomUnitVectors(count: number, dimensions: number, seed: number): Float32Array[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const vector = new Float32Array(dimensions);
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) {
      vector[d] = random() * 2 - 1;
      norm += vector[d]! ** 2;
    }
    return vector.map((value) => value / Math.sqrt(norm));
  });
}

function items(prefix: string, vectors: Float32Array[]): VectorItem[] {
  return vectors.map((vector, index) => ({ id: `${prefix}${index}`, vector }));
}

describe('HnswIndex', () => {
  it('gives a new paper a new label and changes no existing paper\'s label', async () => {
    const labels = new MemoryLabelMap();
    const index = HnswIndex.create(16, HNSW, labels, 4);
    const first = items('p', randomUnitVectors(10, 16, 1));
    await index.upsert(first);
    const before = new Map(first.map((item) => [item.id, labels.labelOf(item.id)]));
    await index.upsert(items('new', randomUnitVectors(1, 16, 2)));
    await index.remove(['p3']);
    await index.upsert(items('later', randomUnitVectors(3, 16, 3)));
    for (const item of first.filter((item) => item.id !== 'p3')) expect(labels.labelOf(item.id)).toBe(before.get(item.id));
    expect(labels.labelOf('new0')).toBe(10);
    expect(labels.labelOf('later0')).toBe(11);
    expect(index.pointCount).toBe(14);
  });

  it('never returns a removed paper, nor an excluded one', async () => {
    const vectors = randomUnitVectors(50, 16, 4);
    const index = HnswIndex.create(16);
    await index.upsert(items('p', vectors));
    await index.remove(['p0']);
    const found = await index.search(vectors[0]!, 10, { excludeIds: new Set(['p1']) });
    expect(found).toHaveLength(10);
    expect(found.map((hit) => hit.id)).not.toContain('p0');
    expect(found.map((hit) => hit.id)).not.toContain('p1');
  });

  it('finds the same papers after a round trip through its file, with the same labels', async () => {
    const vectors = randomUnitVectors(200, 32, 5);
    const labels = new MemoryLabelMap();
    const index = HnswIndex.create(32, HNSW, labels);
    await index.upsert(items('p', vectors));
    const file = path.join(scratchDir('hnsw'), 'graph.bin');
    index.write(file);
    const copy = HnswIndex.load(file, 32, MemoryLabelMap.from(labels.entries()));
    expect(await copy.search(vectors[7]!, 5)).toEqual(await index.search(vectors[7]!, 5));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('frees its points on release, and the file it wrote still loads them all', async () => {
    const vectors = randomUnitVectors(300, 32, 6);
    const labels = new MemoryLabelMap();
    const index = HnswIndex.create(32, HNSW, labels);
    await index.upsert(items('p', vectors));
    const file = path.join(scratchDir('hnsw-release'), 'graph.bin');
    index.write(file);
    index.release();
    expect(index.pointCount).toBe(0);
    const copy = HnswIndex.load(file, 32, MemoryLabelMap.from(labels.entries()));
    expect(copy.pointCount).toBe(300);
    expect((await copy.search(vectors[11]!, 1))[0]!.id).toBe('p11');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('recalls at least 95% of the exact top 10 on random unit vectors, also after growing in place', async () => {
    const dimensions = 32;
    const vectors = randomUnitVectors(2000, dimensions, 6);
    const all = items('p', vectors);
    const index = HnswIndex.create(dimensions, HNSW, new MemoryLabelMap(), 100);
    // Grown in ten adds, as a library grows digest by digest.
    for (let start = 0; start < all.length; start += 200) await index.upsert(all.slice(start, start + 200));
    const exact = new ExactIndex(all, dimensions);
    const queries = randomUnitVectors(200, dimensions, 7);
    let recalled = 0;
    for (const query of queries) {
      const truth = new Set(exact.searchNow(query, 10).map((hit) => hit.id));
      recalled += (await index.search(query, 10)).filter((hit) => truth.has(hit.id)).length;
    }
    expect(recalled / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });
});
