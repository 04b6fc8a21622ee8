// Principal component analysis to two dimensions: the map for corpora too small for UMAP.
// Subspace iteration on the covariance, never forming the d×d matrix, over one flat array so
// 20,000 × 384 stays fast. Any orthonormal basis of the top-2 subspace draws the same picture
// (up to a rotation), so the two axes are not ordered by variance.
import { createRandom } from '../seeded-random.js';

/** Enough for a picture: the plane settles long before the axes would converge exactly. */
const MAX_ITERATIONS = 60;
/** Iteration stops once the axes move less than this (squared) between two steps. */
const CONVERGED = 1e-10;

/** One [x, y] per vector: its coordinates in the plane of greatest variance. */
export function projectPca(vectors: Float32Array[], seed = 1): [number, number][] {
  const count = vectors.length;
  if (count === 0) return [];
  const dimensions = vectors[0]!.length;
  const rows = centre(vectors, dimensions);
  const random = createRandom(seed);
  let axes = orthonormalise(randomAxis(dimensions, random), randomAxis(dimensions, random));
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const next = orthonormalise(...multiplyCovariance(rows, dimensions, axes));
    const moved = squaredDistance(next[0], axes[0]) + squaredDistance(next[1], axes[1]);
    axes = next;
    if (moved < CONVERGED) break;
  }
  return Array.from({ length: count }, (_, row) => [rowDot(rows, row, dimensions, axes[0]), rowDot(rows, row, dimensions, axes[1])]);
}

function centre(vectors: Float32Array[], dimensions: number): Float64Array {
  const mean = new Float64Array(dimensions);
  for (const vector of vectors) for (let i = 0; i < dimensions; i += 1) mean[i]! += vector[i]!;
  for (let i = 0; i < dimensions; i += 1) mean[i]! /= vectors.length;
  const rows = new Float64Array(vectors.length * dimensions);
  vectors.forEach((vector, row) => {
    for (let i = 0; i < dimensions; i += 1) rows[row * dimensions + i] = vector[i]! - mean[i]!;
  });
  return rows;
}

/** Covariance × each axis = Σ row (row · axis), in one pass over the rows. */
function multiplyCovariance(rows: Float64Array, dimensions: number, axes: [Float64Array, Float64Array]): [Float64Array, Float64Array] {
  const first = new Float64Array(dimensions);
  const second = new Float64Array(dimensions);
  const count = rows.length / dimensions;
  for (let row = 0; row < count; row += 1) {
    const offset = row * dimensions;
    const weightFirst = rowDot(rows, row, dimensions, axes[0]);
    const weightSecond = rowDot(rows, row, dimensions, axes[1]);
    for (let i = 0; i < dimensions; i += 1) {
      first[i]! += rows[offset + i]! * weightFirst;
      second[i]! += rows[offset + i]! * weightSecond;
    }
  }
  return [first, second];
}

/** Gram-Schmidt; an axis with no variance left becomes zero, so every point sits on 0 there. */
function orthonormalise(first: Float64Array, second: Float64Array): [Float64Array, Float64Array] {
  normalise(first);
  const overlap = dot(first, second);
  for (let i = 0; i < second.length; i += 1) second[i]! -= overlap * first[i]!;
  normalise(second);
  return [first, second];
}

function randomAxis(dimensions: number, random: () => number): Float64Array {
  return Float64Array.from({ length: dimensions }, () => random() - 0.5);
}

function normalise(axis: Float64Array): void {
  const norm = Math.sqrt(dot(axis, axis));
  if (norm < 1e-12) axis.fill(0);
  else for (let i = 0; i < axis.length; i += 1) axis[i]! /= norm;
}

function rowDot(rows: Float64Array, row: number, dimensions: number, axis: Float64Array): number {
  const offset = row * dimensions;
  let sum = 0;
  for (let i = 0; i < dimensions; i += 1) sum += rows[offset + i]! * axis[i]!;
  return sum;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

function squaredDistance(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i]! - b[i]!) ** 2;
  return sum;
}
