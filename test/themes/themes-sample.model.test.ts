// Real model: the themes of the 137 sample papers at the automatically chosen k.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalThemes } from '../../scripts/eval/themes-eval.js';
import { computeThemes } from '../../src/themes/compute-themes.js';
import { PHRASE_STOP_LIST } from '../../src/themes/phrase-stop-list.js';
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
    const ordinal = index.papers.findIndex((paper) => paper.title.startsWith(titlePrefix));
    expect(ordinal, titlePrefix).toBeGreaterThanOrEqual(0);
    return result.assignments[ordinal];
  };

  it('chooses k by silhouette within the range for 137 papers', () => {
    expect(result.choice).toBe('auto');
    expect(result.tried.map((tried) => tried.k)).toEqual(Array.from({ length: 13 }, (_, i) => i + 4));
    expect(result.clusters).toHaveLength(result.k);
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
    const ordinals = result.clusters.flatMap((theme) => theme.papers.map((member) => member.ordinal)).sort((a, b) => a - b);
    expect(ordinals).toEqual([...Array(137).keys()]);
  });

  it('names every theme with 2-3 distinct phrases, no label twice and no stop-list word alone', () => {
    const labels = result.clusters.map((theme) => theme.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) {
      const phrases = label.split(' · ');
      expect(phrases.length).toBeGreaterThanOrEqual(2);
      expect(phrases.length).toBeLessThanOrEqual(3);
      expect(new Set(phrases).size).toBe(phrases.length);
      for (const phrase of phrases) expect(PHRASE_STOP_LIST.has(phrase), `${phrase} in "${label}"`).toBe(false);
    }
  });

  it('names the attention theme after attention, KV cache or long context', () => {
    const theme = result.clusters.find((candidate) => candidate.id === themeOf('RazorAttention'))!;
    expect(theme.keywords.join(' ')).toMatch(/attention|kv cache|long-context|retrieval heads/);
  });

  it('agrees with the hand-assigned topics better than a TF-IDF + k-means baseline at the same k', async () => {
    const [themes, baseline, themesAtTopics, baselineAtTopics] = await evalThemes(index);
    expect(themes!.value).toBeGreaterThan(baseline!.value);
    expect(themesAtTopics!.value).toBeGreaterThan(baselineAtTopics!.value);
  });
});
