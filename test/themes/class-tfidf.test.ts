import { describe, expect, it } from 'vitest';
import { rankPhrasesByClass } from '../../src/themes/class-tfidf.js';
import { extractPhrases } from '../../src/themes/extract-phrases.js';

const paper = (title: string, abstract: string) => ({ title: extractPhrases(title), abstract: extractPhrases(abstract) });

describe('rankPhrasesByClass', () => {
  const documents = [
    paper('KV cache compression', 'We compress the KV cache with retrieval heads and transformers.'),
    paper('Retrieval heads for KV cache eviction', 'The KV cache of transformers grows; retrieval heads help.'),
    paper('Multi-task learning with shared experts', 'Multi-task learning balances gradients in transformers.'),
    paper('Gradient conflicts in multi-task learning', 'Task gradients conflict in multi-task learning of transformers.'),
  ];
  const ranked = rankPhrasesByClass(documents, [0, 0, 1, 1], 2, { top: 5 });

  it('ranks the phrases of a theme above the words every theme shares', () => {
    expect(ranked[0]!.map((phrase) => phrase.surface).slice(0, 2).sort()).toEqual(['kv cache', 'retrieval heads']);
    expect(ranked[1]![0]!.surface).toBe('multi-task learning');
    const shared = (theme: number) => ranked[theme]!.find((phrase) => phrase.surface === 'transformers');
    if (shared(0)) expect(shared(0)!.weight).toBeLessThan(ranked[0]![0]!.weight);
  });

  it('prefers "kv cache" to its parts when they are used by the same papers', () => {
    const surfaces = ranked[0]!.map((phrase) => phrase.surface);
    expect(surfaces).not.toContain('kv');
    expect(surfaces).not.toContain('cache');
  });

  it('ignores a phrase only one paper of the theme uses', () => {
    expect(ranked[0]!.map((phrase) => phrase.surface)).not.toContain('eviction');
  });
});
