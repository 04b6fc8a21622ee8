// Placing new papers among existing topics: the nearest centroid, and a fit only as close as the
// topic's own members usually are.
import { describe, expect, it } from 'vitest';
import { createTopicPlacer } from '../../src/triage/place-in-topics.js';
import type { ThemesResult } from '../../src/themes/theme-types.js';

/** A unit vector in 4 dimensions. */
function unit(...values: number[]): Float32Array {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (value) => value / norm);
}

const vectors = new Map<string, Float32Array>([
  ['a1', unit(1, 0.1, 0, 0)],
  ['a2', unit(1, -0.1, 0, 0)],
  ['a3', unit(1, 0, 0.1, 0)],
  ['b1', unit(0, 0, 1, 0.2)],
  ['b2', unit(0, 0, 1, -0.2)],
]);

const member = (id: string) => ({ id, title: id, similarity: 0 });
const themes: ThemesResult = {
  k: 2,
  choice: 'auto',
  clusters: [
    { id: 1, areaId: 1, label: 'alpha', keywords: ['alpha'], size: 3, papers: ['a1', 'a2', 'a3'].map(member) },
    { id: 2, areaId: 1, label: 'beta', keywords: ['beta'], size: 2, papers: ['b1', 'b2'].map(member) },
  ],
  areas: [{ id: 1, label: 'all', topicIds: [1, 2], size: 5 }],
  assignments: { a1: 1, a2: 1, a3: 1, b1: 2, b2: 2 },
  threshold: 0,
  tried: [],
};
const readVectors = (ids: string[]) => new Map(ids.map((id) => [id, vectors.get(id)!]));

describe('createTopicPlacer', () => {
  it('puts a paper in the topic with the nearest centroid, and it fits when as close as the members', () => {
    const [placed] = createTopicPlacer(themes, readVectors, { minFitCosine: 0 })([unit(1, 0.05, 0.02, 0)], new Set());
    expect(placed).toMatchObject({ topicId: 1, label: 'alpha', areaId: 1, fits: true });
  });

  it('flags a paper far from every centroid as fitting no topic, naming the nearest one', () => {
    const [placed] = createTopicPlacer(themes, readVectors, { minFitCosine: 0 })([unit(0.3, 0, 0, 1)], new Set());
    expect(placed!.topicId).toBe(1);
    expect(placed!.fits).toBe(false);
    expect(placed!.centroidCosine).toBeLessThan(placed!.fitFloor);
  });

  it('measures each member against the centroid of the others, so a two-paper topic has a floor below its members', () => {
    // b1 against b2 alone: cosine (1 − 0.04) / 1.04 ≈ 0.923, not its 0.98 to the centroid of both.
    const [placed] = createTopicPlacer(themes, readVectors, { minFitCosine: 0, fitQuantile: 0 })([unit(0, 0, 1, 0)], new Set());
    expect(placed!.fitFloor).toBeCloseTo(0.9231, 3);
  });

  it('never sets a floor below minFitCosine', () => {
    const [placed] = createTopicPlacer(themes, readVectors, { minFitCosine: 0.99 })([unit(1, 0, 0, 0)], new Set());
    expect(placed).toMatchObject({ topicId: 1, fitFloor: 0.99, fits: true });
  });

  it('leaves out members that are not in the library: a topic they alone make is no topic', () => {
    const placer = createTopicPlacer(themes, readVectors, { minFitCosine: 0 });
    expect(placer([unit(0, 0, 1, 0)], new Set(['b1', 'b2']))[0]!.topicId).toBe(1);
    expect(placer([unit(0, 0, 1, 0)], new Set(['a1', 'a2', 'a3', 'b1', 'b2']))).toEqual([null]);
  });
});
