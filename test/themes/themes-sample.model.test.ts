// Real model: the topics and areas of the 137 sample papers at the automatically chosen number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalThemes } from '../../scripts/eval/themes-eval.js';
import { computeThemes } from '../../src/themes/compute-themes.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { THEMES } from '../../src/config.js';
import { ENGLISH_STOP_WORDS, PHRASE_STOP_LIST } from '../../src/themes/phrase-stop-list.js';
import type { ThemesResult } from '../../src/themes/theme-types.js';
import { openSampleIndex } from '../helpers/sample-index.js';

describe('themes of the sample digests (real model)', () => {
  const index = openSampleIndex();
  let result: ThemesResult;
  beforeAll(async () => {
    result = await computeThemes(index.papers, index.vectors(), { embedder: { embed: (texts) => index.embedTexts(texts) } });
  });
  afterAll(() => index.close());

  const themeOf = (titlePrefix: string) => {
    const paper = index.papers.find((candidate) => candidate.title.startsWith(titlePrefix));
    expect(paper, titlePrefix).toBeDefined();
    return result.assignments[paper!.id];
  };

  it('chooses between 8 and 20 topics in 3 to 6 areas, away from the ends of the allowed range', () => {
    expect(result.choice).toBe('auto');
    expect(result.k).toBeGreaterThanOrEqual(8);
    expect(result.k).toBeLessThanOrEqual(20);
    expect(result.k).toBeGreaterThan(THEMES.topics.minTopics);
    expect(result.k).toBeLessThan(THEMES.topics.maxTopics);
    expect(result.clusters).toHaveLength(result.k);
    expect(result.areas.length).toBeGreaterThanOrEqual(3);
    expect(result.areas.length).toBeLessThanOrEqual(6);
  });

  it('puts the three attention-sink papers in one theme', () => {
    const themes = ['Unveiling and Harnessing Hidden Attention Sinks', 'When Attention Sink Emerges', 'ZeroTuning'].map(themeOf);
    expect(new Set(themes).size).toBe(1);
  });

  it('puts the three KV-cache papers in one theme', () => {
    const themes = ['RazorAttention', 'DuoAttention', 'Task-KV'].map(themeOf);
    expect(new Set(themes).size).toBe(1);
  });

  it('puts at least three of the four multi-task learning papers in one theme', () => {
    const themes = ['AdaMerging', 'TaskExpert', 'Improving Multi-task Learning via Seeking Task-based Flat Regions', 'Deep Task-specific Bottom Representation Network'].map(themeOf);
    const largest = Math.max(...themes.map((theme) => themes.filter((other) => other === theme).length));
    expect(largest).toBeGreaterThanOrEqual(3);
  });

  it('puts each of the 137 papers in exactly one theme', () => {
    const ids = result.clusters.flatMap((theme) => theme.papers.map((member) => member.id)).sort();
    expect(ids).toEqual(index.papers.map((paper) => paper.id).sort());
  });

  it('names every topic with distinct phrases (2-3 from five papers up), no label twice and no stop-list word alone', () => {
    const labels = result.clusters.map((theme) => theme.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const theme of result.clusters) {
      const label = theme.label;
      const phrases = label.split(' · ');
      expect(phrases.length, label).toBeGreaterThanOrEqual(theme.size >= 5 ? 2 : 1);
      expect(phrases.length).toBeLessThanOrEqual(3);
      expect(new Set(phrases).size).toBe(phrases.length);
      for (const phrase of phrases) expect(PHRASE_STOP_LIST.has(phrase), `${phrase} in "${label}"`).toBe(false);
    }
  });

  it('names the attention theme after attention, KV cache or long context', () => {
    const theme = result.clusters.find((candidate) => candidate.id === themeOf('RazorAttention'))!;
    expect(theme.keywords.join(' ')).toMatch(/attention|kv cache|long-context|retrieval heads/);
  });

  it('never ends a label phrase in a verb or a function word', () => {
    const tagger = winkNLP(model, ['sbd', 'pos']);
    for (const theme of [...result.clusters, ...result.areas]) {
      for (const phrase of theme.label.split(' · ')) {
        const last = phrase.split(' ').at(-1)!;
        const tag = tagger.readDoc(`the ${last}`).tokens().out(tagger.its.pos).at(-1);
        expect(ENGLISH_STOP_WORDS.has(last), `"${last}" ends "${theme.label}"`).toBe(false);
        expect(['NOUN', 'PROPN', 'NUM', 'X', 'SYM'], `"${phrase}" in "${theme.label}" ends on ${tag}`).toContain(tag);
      }
    }
  });

  it('agrees with both hand labellings (NMI ≥ 0.45) better than a TF-IDF + k-means baseline at the same k', async () => {
    const rows = await evalThemes(index);
    const value = (prefix: string) => rows.find((row) => row.name.startsWith(prefix))!.value;
    for (const labels of ['labels 1', 'labels 2']) {
      expect(value(`${labels}: topics`)).toBeGreaterThanOrEqual(0.45);
      expect(value(`${labels}: topics`)).toBeGreaterThan(value(`${labels}: baseline TF-IDF`));
    }
  });
});
