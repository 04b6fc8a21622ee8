import { describe, expect, it } from 'vitest';
import { findNeighbours } from '../../src/report/find-neighbours.js';
import { PROJECTION } from '../../src/config.js';
import { projectPapers, type ProjectionSettings } from '../../src/report/project-papers.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import { twoClusterVectors } from './report-fixtures.js';

async function project(count: number, settings: ProjectionSettings = PROJECTION) {
  const vectors = twoClusterVectors(count);
  const ids = vectors.map((_, ordinal) => `p${ordinal}`);
  const nearest = await findNeighbours(ExactIndex.fromVectors(ids, vectors), ids.map((id) => ({ id })), vectors, PROJECTION.neighbourCount - 1);
  return projectPapers(vectors, nearest, settings, (dimensions) => new ExactIndex([], dimensions));
}

/** Mean distance between points of the same cluster over mean distance across clusters. */
function separation(points: [number, number][]): number {
  let within = 0;
  let withinPairs = 0;
  let across = 0;
  let acrossPairs = 0;
  points.forEach(([ax, ay], a) =>
    points.forEach(([bx, by], b) => {
      if (b <= a) return;
      const distance = Math.hypot(ax - bx, ay - by);
      if (a % 2 === b % 2) [within, withinPairs] = [within + distance, withinPairs + 1];
      else [across, acrossPairs] = [across + distance, acrossPairs + 1];
    }),
  );
  return within / withinPairs / (across / acrossPairs);
}

describe('projectPapers', () => {
  it('draws a tiny corpus with PCA, one point per paper', async () => {
    const projection = await project(10);
    expect(projection.method).toBe('pca');
    expect(projection.points).toHaveLength(10);
    expect(separation(projection.points)).toBeLessThan(0.5);
  });

  it('draws a larger corpus with UMAP, keeping clusters apart', async () => {
    const projection = await project(60);
    expect(projection.method).toBe('umap');
    expect(projection.points).toHaveLength(60);
    expect(separation(projection.points)).toBeLessThan(0.5);
  });

  it('draws the same map every time for the same corpus', async () => {
    expect((await project(40)).points).toEqual((await project(40)).points);
    expect((await project(8)).points).toEqual((await project(8)).points);
  });

  it('lays out a sample of a corpus above the UMAP limit and places the rest beside it', async () => {
    const projection = await project(150, { ...PROJECTION, umapLimit: 60 });
    expect(projection.method).toBe('umap-sample');
    expect(projection.laidOut).toBe(60);
    expect(projection.points).toHaveLength(150);
    expect(separation(projection.points)).toBeLessThan(0.5);
    expect((await project(150, { ...PROJECTION, umapLimit: 60 })).points).toEqual(projection.points);
  });

  it('fits every map into the unit square, a single paper in its middle', async () => {
    for (const count of [1, 2, 10, 60]) {
      for (const [x, y] of (await project(count)).points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
      }
    }
    expect((await project(1)).points).toEqual([[0.5, 0.5]]);
  });
});
