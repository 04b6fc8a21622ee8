// Sentence embedding from token states: mean over the attention mask, then L2 normalisation
// (what sentence-transformers does for all-MiniLM-L6-v2).

/**
 * @param hidden  [batch, tokens, dims] token states, row-major
 * @param mask    [batch, tokens] attention mask (1 = real token)
 */
export function meanPool(hidden: Float32Array, mask: ArrayLike<number | bigint>, batch: number, tokens: number, dims: number): Float32Array[] {
  const vectors: Float32Array[] = [];
  for (let b = 0; b < batch; b += 1) {
    const vector = new Float32Array(dims);
    let count = 0;
    for (let t = 0; t < tokens; t += 1) {
      if (Number(mask[b * tokens + t]) === 0) continue;
      count += 1;
      const offset = (b * tokens + t) * dims;
      for (let d = 0; d < dims; d += 1) vector[d]! += hidden[offset + d]!;
    }
    vectors.push(normalize(vector, Math.max(count, 1)));
  }
  return vectors;
}

function normalize(vector: Float32Array, count: number): Float32Array {
  let norm = 0;
  for (let d = 0; d < vector.length; d += 1) {
    vector[d]! /= count;
    norm += vector[d]! * vector[d]!;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < vector.length; d += 1) vector[d]! /= norm;
  return vector;
}
