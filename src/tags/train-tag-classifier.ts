// A linear classifier of one tag, trained on its tagged papers against the rest, as arxiv-sanity
// trains a per-user linear SVM: logistic regression with balanced class weights and an L2 penalty,
// fitted by full-batch accelerated gradient descent from zero weights, so the same papers give the same ranking
// on every run. ml-logistic-regression was tried first: it has no class weights, no
// intercept and no penalty, trains one model per class, and took 9.4 s for the 137 sample papers.

export interface ClassifierOptions {
  /** Gradient steps (100-1000): the loss is smooth and convex, a few hundred reach its minimum. */
  steps: number;
  /**
   * L2 penalty on the weights (not on the intercept), as 1/C in scikit-learn's terms. Higher keeps
   * the model near "like the mean of the tagged papers"; lower fits them tighter. Range 0.001-0.1.
   */
  l2: number;
  /**
   * Leading dimensions that are dense (the embedding); the rest are read as sparse (TF-IDF words).
   * Default: all of them.
   */
  denseDimensions?: number;
}

/** The probability that each candidate carries the tag, learned from the tagged papers' features and the others'. */
export function trainTagClassifier(positives: readonly Float32Array[], negatives: readonly Float32Array[], options: ClassifierOptions): (candidates: readonly Float32Array[]) => number[] {
  const dimensions = positives[0]?.length ?? negatives[0]?.length ?? 0;
  const rows = [...positives, ...negatives];
  const labels = rows.map((_, row) => (row < positives.length ? 1 : 0));
  // Balanced classes (scikit-learn's class_weight='balanced'): five tagged papers weigh as much as
  // the thousands of others together.
  const total = rows.length;
  const weightOf = [total / (2 * Math.max(1, negatives.length)), total / (2 * Math.max(1, positives.length))];
  const weights = new Float64Array(dimensions);
  let intercept = 0;
  const largestNorm = rows.reduce((largest, row) => Math.max(largest, squaredNorm(row)), 0);
  // The gradient of the mean weighted loss is Lipschitz in the weights with at most this constant;
  // its inverse is a step that cannot overshoot.
  const lipschitz = 0.25 * Math.max(...weightOf) * (largestNorm + 1) + options.l2;
  const stepSize = 1 / lipschitz;
  // The embedding is walked densely, the TF-IDF words (mostly zeros) over their non-zero ones only.
  const split = rows.map((row) => splitRow(row, options.denseDimensions ?? dimensions));
  const gradient = new Float64Array(dimensions);
  // Nesterov's accelerated gradient: the gradient is taken at a point pushed ahead along the last
  // move, which reaches the minimum in far fewer steps than plain descent on correlated features.
  const previous = new Float64Array(dimensions);
  const ahead = new Float64Array(dimensions);
  let previousIntercept = 0;
  for (let step = 0; step < options.steps; step += 1) {
    const momentum = step / (step + 3);
    for (let d = 0; d < dimensions; d += 1) ahead[d] = weights[d]! + momentum * (weights[d]! - previous[d]!);
    const aheadIntercept = intercept + momentum * (intercept - previousIntercept);
    gradient.fill(0);
    let interceptGradient = 0;
    split.forEach(({ dense, indices, values }, index) => {
      const label = labels[index]!;
      let activation = aheadIntercept;
      for (let d = 0; d < dense.length; d += 1) activation += ahead[d]! * dense[d]!;
      for (let k = 0; k < indices.length; k += 1) activation += ahead[indices[k]!]! * values[k]!;
      const error = weightOf[label]! * (sigmoid(activation) - label);
      for (let d = 0; d < dense.length; d += 1) gradient[d]! += error * dense[d]!;
      for (let k = 0; k < indices.length; k += 1) gradient[indices[k]!]! += error * values[k]!;
      interceptGradient += error;
    });
    previous.set(weights);
    previousIntercept = intercept;
    for (let d = 0; d < dimensions; d += 1) weights[d] = ahead[d]! - stepSize * (gradient[d]! / total + options.l2 * ahead[d]!);
    intercept = aheadIntercept - stepSize * (interceptGradient / total);
  }
  return (candidates) => candidates.map((row) => sigmoid(dot(weights, row) + intercept));
}

function dot(weights: Float64Array, row: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < row.length; d += 1) sum += weights[d]! * row[d]!;
  return sum;
}

/** A row as its dense head and the non-zero dimensions of the rest. */
function splitRow(row: Float32Array, denseDimensions: number): { dense: Float32Array; indices: Uint32Array; values: Float32Array } {
  const indices: number[] = [];
  for (let d = denseDimensions; d < row.length; d += 1) if (row[d] !== 0) indices.push(d);
  return { dense: row.subarray(0, denseDimensions), indices: Uint32Array.from(indices), values: Float32Array.from(indices, (d) => row[d]!) };
}

function squaredNorm(row: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < row.length; d += 1) sum += row[d]! * row[d]!;
  return sum;
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}
