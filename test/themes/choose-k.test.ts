import { describe, expect, it } from 'vitest';
import { chooseK, kRangeFor } from '../../src/themes/choose-k.js';
import { clusteredVectors } from './synthetic-vectors.js';

describe('chooseK', () => {
  it('finds the number of clearly separated groups', () => {
    const { vectors } = clusteredVectors(6, 15, { noise: 0.1 });
    const choice = chooseK(vectors);
    expect(choice.k).toBe(6);
    expect(choice.tried.find((tried) => tried.k === 6)!.score).toBe(Math.max(...choice.tried.map((tried) => tried.score)));
  });

  it('reports a silhouette for every k of the range, in order', () => {
    const { vectors } = clusteredVectors(3, 20, { noise: 0.3 });
    const { low, high } = kRangeFor(vectors.length);
    expect(chooseK(vectors).tried.map((tried) => tried.k)).toEqual(Array.from({ length: high - low + 1 }, (_, i) => low + i));
  });

  it('sizes the range to the corpus: a handful of themes for a small pile, at most 24', () => {
    expect(kRangeFor(137)).toEqual({ low: 4, high: 16 });
    expect(kRangeFor(12)).toEqual({ low: 2, high: 4 });
    expect(kRangeFor(100_000).high).toBe(24);
  });

  it('makes one theme of one or two papers without trying anything', () => {
    expect(chooseK([Float32Array.from([1, 0])])).toEqual({ k: 1, tried: [] });
    expect(chooseK([Float32Array.from([1, 0]), Float32Array.from([0, 1])])).toEqual({ k: 1, tried: [] });
  });
});
