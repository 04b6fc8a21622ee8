import { describe, expect, it } from 'vitest';
import { preferNames, uniqueLabels } from '../../src/themes/label-themes.js';

describe('uniqueLabels', () => {
  it('joins the first three key phrases', () => {
    expect(uniqueLabels([['kv cache', 'retrieval heads', 'long context', 'eviction']])[0]!.label).toBe('kv cache · retrieval heads · long context');
  });

  it('keeps two themes apart when their first phrases are the same', () => {
    const [first, second] = uniqueLabels([
      ['attention heads', 'kv cache', 'long context'],
      ['attention heads', 'kv cache', 'long context', 'safety'],
    ]);
    expect(first!.label).toBe('attention heads · kv cache · long context');
    expect(second!.label).toBe('attention heads · kv cache · safety');
  });

  it('still gives a theme without key phrases a unique label', () => {
    const labels = uniqueLabels([[], []]).map((name) => name.label);
    expect(new Set(labels).size).toBe(2);
  });
});

describe('preferNames', () => {
  const phrase = (surface: string, key: string) => ({ surface, key });

  it('drops a single word that a longer candidate names better, and a longer form of a phrase already there', () => {
    const kept = preferNames([phrase('attention', 'attent'), phrase('attention heads', 'attent head'), phrase('kv cache', 'kv cach'), phrase('kv cache compression', 'kv cach compress'), phrase('multi-task', 'multi task'), phrase('multi-task learning', 'multi task learn')]);
    expect(kept.map((candidate) => candidate.surface)).toEqual(['attention heads', 'kv cache', 'multi-task learning']);
  });
});

describe('uniqueLabels, for a topic with no phrase of its own', () => {
  it("names it after its central title's noun phrases instead of a number", () => {
    const [first, second] = uniqueLabels([['attention sinks', 'kv cache'], []], [[], ['speculative decoding', 'draft models']]);
    expect(first!.label).toBe('attention sinks · kv cache');
    expect(second).toEqual({ label: 'speculative decoding · draft models', keywords: ['speculative decoding', 'draft models'] });
  });
});

describe('uniqueLabels, for a topic whose papers share one phrase', () => {
  it('adds a phrase of its central title so the label has two', () => {
    const [only] = uniqueLabels([['multiple-choice']], [['answer ordering', 'multiple-choice']]);
    expect(only).toEqual({ label: 'multiple-choice · answer ordering', keywords: ['multiple-choice', 'answer ordering'] });
  });
});
