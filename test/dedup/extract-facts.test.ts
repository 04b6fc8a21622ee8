// The facts a rewritten re-post keeps: numbers and names survive new wording; plain words do not
// count, so two papers on one topic share few facts.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/dedup/extract-facts.js';
import { isDerivedName, titleNameOf } from '../../src/dedup/title-name.js';

describe('extractFacts', () => {
  it('keeps numbers with their units and named models, methods and data sets', () => {
    const facts = extractFacts(
      'DuoAttention: Efficient Long-Context Inference',
      'Memory falls by 2.55x on MHA and 1.67× on GQA, decoding runs 40% faster, and Llama-3-8B reaches 71.3 on MMLU with 3.3 million tokens.',
    );
    expect(facts).toEqual(['duoattention', '2.55×', 'mha', '1.67×', 'gqa', '40%', 'llama-3-8b', '71.3', 'mmlu', '3.3']);
  });

  it('ignores capitalised sentence words, hyphenated title words and small counts', () => {
    expect(extractFacts('Pre-Trained Models Merge Well', 'We merge 3 models. Results hold (1) across tasks and (2) across Scales.')).toEqual([]);
  });

  it('reads thousands separators and possessives as the same fact', () => {
    expect(extractFacts('', "1,000 steps of DuoAttention's method; 1000 steps")).toEqual(['1000', 'duoattention']);
  });
});

describe('isDerivedName', () => {
  it('tells a -v2, -Lite or ++ variant of a method from the method itself', () => {
    expect(isDerivedName('AdaMerging: Adaptive Model Merging', 'AdaMerging-v2: Few-Shot Calibrated Model Merging')).toBe(true);
    expect(isDerivedName('HELMET: How to Evaluate Long-Context Models', 'HELMET-Lite: Cheap Long-Context Evaluation')).toBe(true);
    expect(isDerivedName('RazorAttention: Efficient KV Cache Compression', 'RazorAttention++: Learned Compensation Tokens')).toBe(true);
  });

  it('does not call a re-post under the same or no leading name derived', () => {
    expect(isDerivedName('DuoAttention: Efficient Inference', 'DuoAttention: Retrieval and Streaming Heads')).toBe(false);
    expect(isDerivedName('Skill-Targeted Adaptive Training', 'STAT: Skill-Targeted Adaptive Training for Language Models')).toBe(false);
    expect(titleNameOf('Attention Sinks in Vision Transformers: Register Tokens')).toBeNull();
  });
});
