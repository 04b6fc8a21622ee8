import { describe, expect, it } from 'vitest';
import { pickDiversePhrases } from '../../src/themes/pick-diverse-phrases.js';

const candidate = (key: string, vector: number[]) => ({ key, surface: key, vector: Float32Array.from(vector) });

describe('pickDiversePhrases', () => {
  const target = Float32Array.from([1, 1, 0]);
  const candidates = [
    candidate('kv cach', [1, 0.9, 0]),
    candidate('kv cach compress', [1, 0.95, 0.05]),
    candidate('cach compress', [1, 0.85, 0]),
    candidate('retriev head', [1, 0.2, 0]),
    candidate('long context', [0.2, 1, 0.1]),
  ];

  it('starts with the phrase closest to the theme', () => {
    expect(pickDiversePhrases(candidates, target, 1, 0.6)[0]!.key).toBe('kv cach compress');
  });

  it('skips phrases whose words repeat one already picked', () => {
    expect(pickDiversePhrases(candidates, target, 3, 0.6).map((phrase) => phrase.key)).toEqual(['kv cach compress', 'long context', 'retriev head']);
  });

  it('prefers a phrase unlike those picked over a closer look-alike', () => {
    const lookAlike = candidate('memori footprint', [1, 0.94, 0.06]);
    const picked = pickDiversePhrases([...candidates.slice(1, 2), lookAlike, candidates[4]!], target, 2, 0.5).map((phrase) => phrase.key);
    expect(picked).toEqual(['kv cach compress', 'long context']);
  });

  it('returns fewer phrases than asked when no more are different enough', () => {
    expect(pickDiversePhrases(candidates.slice(0, 3), target, 3, 0.6)).toHaveLength(1);
  });
});
