import { describe, expect, it } from 'vitest';
import { rankPhrasesByClass } from '../../src/themes/class-tfidf.js';
import { extractPhrases } from '../../src/themes/extract-phrases.js';

const paper = (title: string, abstract: string) => ({ title: extractPhrases(title), abstract: extractPhrases(abstract) });

describe('rankPhrasesByClass', () => {
  const documents = [
    paper('KV cache compression', 'We compress the KV cache of attention layers with retrieval heads, sparse decoding and transformers.'),
    paper('Retrieval heads for KV cache eviction', 'The KV cache of transformers grows in attention layers; retrieval heads and sparse decoding help.'),
    paper('Multi-task learning with shared experts', 'Multi-task learning balances gradients of attention layers in transformers.'),
    paper('Gradient conflicts in multi-task learning', 'Task gradients conflict in multi-task learning of transformers and attention layers.'),
  ];
  const ranked = rankPhrasesByClass(documents, [0, 0, 1, 1], 2, { top: 10 });

  it('ranks the phrases of a theme above the words every theme shares', () => {
    expect(ranked[0]!.map((phrase) => phrase.surface).slice(0, 2).sort()).toEqual(['kv cache', 'retrieval heads']);
    expect(ranked[1]![0]!.surface).toBe('multi-task learning');
    // Both in the two abstracts of theme 0 and in no title; "attention layers" in every abstract.
    const weightOf = (surface: string) => ranked[0]!.find((phrase) => phrase.surface === surface)?.weight;
    expect(weightOf('attention layers')).toBeDefined();
    expect(weightOf('attention layers')).toBeLessThan(weightOf('sparse decoding')!);
  });

  it('prefers "kv cache" to its parts when they are used by the same papers', () => {
    const surfaces = ranked[0]!.map((phrase) => phrase.surface);
    expect(surfaces).not.toContain('kv');
    expect(surfaces).not.toContain('cache');
  });

  it('drops a single word that only abstracts use ("transformers")', () => {
    expect(ranked.flat().map((phrase) => phrase.surface)).not.toContain('transformers');
  });

  it('ignores a phrase only one paper of the theme uses', () => {
    expect(ranked[0]!.map((phrase) => phrase.surface)).not.toContain('eviction');
  });
});
