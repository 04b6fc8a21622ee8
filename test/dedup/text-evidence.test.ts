// The lexical evidence: edits a re-post makes keep two postings close, distinct papers on the
// same topic stay far apart, whatever the embedding says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEDUP } from '../../src/config.js';
import { foldSpelling } from '../../src/dedup/fold-spelling.js';
import { stripVenueSuffix } from '../../src/dedup/strip-venue-suffix.js';
import { compareTexts } from '../../src/dedup/text-evidence.js';
import { createFingerprinter } from '../../src/dedup/text-fingerprint.js';
import { edits, KV_CACHE, MERGING, SINK, SINK_OTHER, type Posting } from './small-corpus.js';

const fingerprintOf = createFingerprinter();
const compare = (a: Posting, b: Posting) => compareTexts(fingerprintOf({ id: 'a', ...a }), fingerprintOf({ id: 'b', ...b }));

describe('compareTexts', () => {
  it.each(Object.entries(edits))('keeps a re-post edited by %s above the default threshold', (_name, edit) => {
    const evidence = compare(SINK, edit(SINK));
    expect(evidence.basis).toBe('abstract');
    expect(evidence.textSimilarity).toBeGreaterThanOrEqual(DEDUP.threshold);
  });

  it('sees a venue suffix, typography and British spelling as no edit at all', () => {
    const retouched = {
      title: `${SINK.title.toUpperCase()} (NeurIPS 2015)`,
      abstract: edits.british(SINK).abstract.replace(/'/g, '’').replace(/ - /g, ' — '),
    };
    expect(compare(SINK, retouched)).toMatchObject({ titleSimilarity: 1, abstractContainment: 1, textSimilarity: 1 });
  });

  it('finds a truncated abstract wholly contained in the full one, though their overlap is small', () => {
    const evidence = compare(SINK, edits.truncate(SINK));
    expect(evidence.abstractContainment).toBe(1);
    expect(evidence.abstractOverlap).toBeLessThan(0.5);
  });

  it.each([
    ['two attention-sink papers', SINK, SINK_OTHER],
    ['an attention-sink and a KV-cache paper', SINK, KV_CACHE],
    ['a KV-cache and a model-merging paper', KV_CACHE, MERGING],
  ])('scores %s far below the threshold', (_name, a, b) => {
    const evidence = compare(a, b);
    expect(evidence.abstractContainment).toBeLessThan(0.15);
    expect(evidence.textSimilarity).toBeLessThan(DEDUP.threshold / 2);
  });

  it('judges a posting without an abstract by its title alone', () => {
    const evidence = compare(SINK, { title: SINK.title, abstract: '' });
    expect(evidence).toMatchObject({ basis: 'title', titleSimilarity: 1, textSimilarity: 1 });
  });

  it('gives the same evidence whichever posting comes first', () => {
    const words = fc.constantFrom(...`${SINK.abstract} ${KV_CACHE.abstract}`.split(' '));
    const text = fc.array(words, { minLength: 0, maxLength: 60 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(text, text, text, text, (titleA, abstractA, titleB, abstractB) => {
        const forward = compare({ title: titleA, abstract: abstractA }, { title: titleB, abstract: abstractB });
        const backward = compare({ title: titleB, abstract: abstractB }, { title: titleA, abstract: abstractA });
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe('stripVenueSuffix', () => {
  it.each([
    ['Pointer Networks (NeurIPS 2015)', 'Pointer Networks'],
    ['Task Arithmetic in the Tangent Space [NeurIPS 2023 Oral]', 'Task Arithmetic in the Tangent Space'],
    ['Sparse Mixtures - accepted at ICLR 2024', 'Sparse Mixtures'],
    ['Recommendation as Language Processing (RLP): A Unified Paradigm', 'Recommendation as Language Processing (RLP): A Unified Paradigm'],
    ['Heterogeneous LLM Methods (Few-Shot Prompting and Ensemble Typing)', 'Heterogeneous LLM Methods (Few-Shot Prompting and Ensemble Typing)'],
    ['(ICML 2020)', '(ICML 2020)'],
  ])('turns "%s" into "%s"', (title, stripped) => {
    expect(stripVenueSuffix(title)).toBe(stripped);
  });
});

describe('foldSpelling', () => {
  it.each([
    ['optimise', 'optimize'],
    ['optimisation', 'optimization'],
    ['analysed', 'analyzed'],
    ['behaviour', 'behavior'],
    ['modelling', 'modeling'],
    ['labelled', 'labeled'],
    ['centre', 'center'],
    ['catalogue', 'catalog'],
    ['programme', 'program'],
  ])('folds %s onto %s', (british, american) => {
    expect(foldSpelling(british)).toBe(foldSpelling(american));
    expect(foldSpelling(american)).toBe(american);
  });
});
