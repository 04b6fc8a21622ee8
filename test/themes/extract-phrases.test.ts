import { describe, expect, it } from 'vitest';
import { extractPhrases } from '../../src/themes/extract-phrases.js';
import { isKeyPhrase, PHRASE_STOP_LIST } from '../../src/themes/phrase-stop-list.js';

const surfaces = (text: string) => [...new Set(extractPhrases(text).map((phrase) => phrase.surface))];

describe('extractPhrases', () => {
  it('finds nothing in pure boilerplate', () => {
    expect(surfaces('In this paper we propose a novel approach, and the results show that our method outperforms existing models.')).toEqual([]);
  });

  it('keeps the names of things, lower-cased, up to three words', () => {
    const found = surfaces('RazorAttention: Efficient KV Cache Compression Through Retrieval Heads');
    expect(found).toEqual(expect.arrayContaining(['razorattention', 'kv cache', 'kv cache compression', 'retrieval heads']));
    expect(found.every((phrase) => phrase.split(' ').length <= 3)).toBe(true);
  });

  it('counts singular and plural, hyphenated and spaced forms as one phrase', () => {
    const keyOf = (text: string) => extractPhrases(text).find((phrase) => phrase.surface === text.toLowerCase())!.key;
    expect(keyOf('attention sinks')).toBe(keyOf('Attention Sink'));
    expect(keyOf('multi-task learning')).toBe(keyOf('multi task learning'));
  });

  it('takes noun phrases only: no phrase ends in a verb or a function word', () => {
    const found = surfaces('We show that language models become better at retrieval when attention heads predict the answer.');
    expect(found).toEqual(expect.arrayContaining(['retrieval', 'attention heads', 'answer']));
    for (const phrase of found) expect(phrase).not.toMatch(/\b(?:become|predict|show|when|the|at)$/);
  });

  it('keeps hyphenated compounds whole and reads a plural noun the tagger took for a verb', () => {
    const found = surfaces('Training-free KV-cache compression keeps retrieval heads, and multi-task learning with experts.');
    expect(found).toEqual(expect.arrayContaining(['kv-cache compression', 'retrieval heads', 'multi-task learning']));
  });

  it('never joins words across punctuation', () => {
    expect(surfaces('retrieval heads, streaming heads')).not.toContain('heads streaming');
  });

  it('allows "of" inside a phrase but not at its ends', () => {
    expect(surfaces('a sparse mixture of experts')).toContain('mixture of experts');
    expect(surfaces('a sparse mixture of experts').some((phrase) => phrase.startsWith('of ') || phrase.endsWith(' of'))).toBe(false);
  });
});

describe('isKeyPhrase', () => {
  it('refuses any single stop-list word, and phrases made only of generic words', () => {
    for (const word of ['model', 'results', 'paper', 'approach', 'show', 'task', 'llms', 'the']) expect(PHRASE_STOP_LIST.has(word)).toBe(true);
    for (const word of PHRASE_STOP_LIST) expect(isKeyPhrase([word])).toBe(false);
    expect(isKeyPhrase(['large', 'language', 'models'])).toBe(false);
    expect(isKeyPhrase(['we', 'propose'])).toBe(false);
  });

  it('accepts a generic word beside a specific one', () => {
    expect(isKeyPhrase(['task', 'vectors'])).toBe(true);
    expect(isKeyPhrase(['reward', 'model'])).toBe(true);
    expect(isKeyPhrase(['multimodal', 'large', 'language'])).toBe(false);
  });
});
