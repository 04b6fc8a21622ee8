// Small vector arithmetic shared by the stages that compare unit vectors directly.

/** The dot product of two vectors of equal length: their cosine similarity when both are unit length. */
export function dotProduct(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}
