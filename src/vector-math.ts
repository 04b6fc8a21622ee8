// Small vector arithmetic on Float32Array, shared by the stages and the vector index.

/** The dot product of two vectors of equal length: their cosine similarity when both are unit length. */
export function dotProduct(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * The dot product with four running sums: about 1.5× faster than `dotProduct` on 384-d vectors
 * (the sums do not wait on each other), rounding in a different order. For the k-means loops.
 */
export function dotProductUnrolled(a: Float32Array, b: Float32Array): number {
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  const length = a.length;
  let i = 0;
  for (; i + 3 < length; i += 4) {
    sum0 += a[i]! * b[i]!;
    sum1 += a[i + 1]! * b[i + 1]!;
    sum2 += a[i + 2]! * b[i + 2]!;
    sum3 += a[i + 3]! * b[i + 3]!;
  }
  for (; i < length; i += 1) sum0 += a[i]! * b[i]!;
  return sum0 + sum1 + (sum2 + sum3);
}

export function squaredDistance(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) {
    const difference = a[i]! - b[i]!;
    sum += difference * difference;
  }
  return sum;
}

/** A unit-length copy; the zero vector stays zero. */
export function normalizeVector(vector: Float32Array): Float32Array {
  const norm = Math.sqrt(dotProduct(vector, vector));
  return norm > 0 ? vector.map((value) => value / norm) : vector.slice();
}

/** The cosine similarity of two vectors of any length (0 when either is zero). */
export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  const norms = Math.sqrt(dotProduct(a, a) * dotProduct(b, b));
  return norms > 0 ? dotProduct(a, b) / norms : 0;
}
