// The tag classifier: balanced classes, so a handful of tagged papers among many others still
// pulls their neighbours up; the same papers give the same probabilities on every run.
import { describe, expect, it } from 'vitest';
import { trainTagClassifier } from '../../src/tags/train-tag-classifier.js';

/** A unit vector near axis `axis` of 8 dimensions, nudged by `jitter` along the next axis. */
function near(axis: number, jitter: number): Float32Array {
  const vector = new Float32Array(8);
  vector[axis] = 1;
  vector[(axis + 1) % 8] = jitter;
  const norm = Math.hypot(1, jitter);
  return vector.map((value) => value / norm);
}

const positives = [near(0, 0.1), near(0, -0.1), near(0, 0.2)];
const negatives = Array.from({ length: 300 }, (_, i) => near(1 + (i % 7), ((i % 11) - 5) / 20));
const options = { steps: 300, l2: 0.01 };

describe('trainTagClassifier', () => {
  it('ranks an unseen paper near the 3 tagged ones above unseen papers near the 300 others', () => {
    const classify = trainTagClassifier(positives, negatives, options);
    const [nearTagged, nearOther1, nearOther2] = classify([near(0, 0.05), near(3, 0.05), near(6, -0.05)]);
    expect(nearTagged).toBeGreaterThan(0.5);
    expect(nearOther1).toBeLessThan(0.5);
    expect(nearOther2).toBeLessThan(0.5);
  });

  it('weighs the few tagged papers as much as the many others: they are classed as tagged', () => {
    const classify = trainTagClassifier(positives, negatives, options);
    for (const probability of classify(positives)) expect(probability).toBeGreaterThan(0.5);
  });

  it('gives identical probabilities when trained twice on the same papers', () => {
    const candidates = [near(0, 0.3), near(2, 0.1), near(5, 0.4)];
    expect(trainTagClassifier(positives, negatives, options)(candidates)).toEqual(trainTagClassifier(positives, negatives, options)(candidates));
  });
});
