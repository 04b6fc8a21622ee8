// Names for themes: c-TF-IDF picks each theme's candidate phrases from its titles and abstracts,
// the model re-ranks them by closeness to the theme's centroid with MMR for variety, and the
// label joins the first few, made unique across themes.
import type { Embedder } from '../embedding/embedder.js';
import { rankPhrasesByClass } from './class-tfidf.js';
import { extractPhrases } from './extract-phrases.js';
import { pickDiversePhrases } from './pick-diverse-phrases.js';
import { THEMES } from '../config.js';

export interface ThemeName {
  keywords: string[];
  label: string;
}

/**
 * Keywords and a label for each class. `classes[i]` is the theme of `papers[i]`
 * (0..centroids.length-1); themes are labelled in the order given, and an earlier theme keeps
 * its label when two would collide.
 */
export async function labelThemes(
  papers: { title: string; abstract: string }[],
  classes: number[],
  centroids: Float32Array[],
  embedder: Pick<Embedder, 'embed'>,
  centralTitles: string[] = [],
): Promise<ThemeName[]> {
  const phrases = papers.map((paper) => ({ title: extractPhrases(paper.title), abstract: extractPhrases(paper.abstract) }));
  const ranked = rankPhrasesByClass(phrases, classes, centroids.length, { top: THEMES.candidatePhrases });
  // One embedding call for every candidate of every theme, in a fixed order.
  const surfaces = [...new Set(ranked.flatMap((phrases) => phrases.map((phrase) => phrase.surface)))].sort();
  const vectors = new Map<string, Float32Array>();
  if (surfaces.length > 0) (await embedder.embed(surfaces)).forEach((vector, i) => vectors.set(surfaces[i]!, vector));
  const keywords = ranked.map((phrases, theme) => {
    const candidates = preferNames(phrases).map((phrase) => ({ key: phrase.key, surface: phrase.surface, vector: vectors.get(phrase.surface)! }));
    return pickDiversePhrases(candidates, centroids[theme]!, THEMES.keywords, THEMES.diversity).map((phrase) => phrase.surface);
  });
  // A topic of two or three papers may share no phrase among them: its most central title names it.
  const fallbacks = centroids.map((_, theme) => {
    // Longest first, and none that shares a word with one already kept (the runs of one noun phrase overlap).
    const phrases = extractPhrases(centralTitles[theme] ?? '').filter((phrase) => phrase.length > 1).sort((a, b) => b.length - a.length);
    const kept: string[] = [];
    for (const { surface } of phrases) {
      const words = surface.split(' ');
      if (!kept.some((other) => other.split(' ').some((word) => words.includes(word)))) kept.push(surface);
    }
    return kept;
  });
  return uniqueLabels(keywords, fallbacks);
}

/**
 * Among one theme's candidates, the forms people name topics by: "attention heads" rather
 * than "attention" or "multi-task" alone, "kv cache" rather than "kv cache optimization".
 */
export function preferNames<T extends { key: string; surface: string }>(phrases: T[]): T[] {
  const wordCount = (phrase: T) => phrase.surface.split(' ').length;
  const contains = (outer: T, inner: T) => outer !== inner && ` ${outer.key} `.includes(` ${inner.key} `);
  return phrases.filter((phrase) =>
    wordCount(phrase) === 1
      ? !phrases.some((other) => wordCount(other) > 1 && contains(other, phrase))
      : !phrases.some((other) => wordCount(other) > 1 && contains(phrase, other)),
  );
}

/**
 * Labels from the first THEMES.labelPhrases keywords, swapping in later keywords when a label is
 * taken; a theme with fewer than two keywords adds its fallback phrases (its central title's noun
 * phrases); "topic n" only when nothing is left.
 */
export function uniqueLabels(keywords: string[][], fallbacks: string[][] = []): ThemeName[] {
  const taken = new Set<string>();
  return keywords.map((shared, theme) => {
    // A topic whose papers share fewer than two phrases borrows its central title's phrases.
    const words = shared.length >= 2 ? shared : [...shared, ...(fallbacks[theme] ?? []).filter((phrase) => !shared.includes(phrase))];
    const label = labelCandidates(words).find((candidate) => !taken.has(candidate)) ?? `topic ${theme + 1}${words[0] ? ` · ${words[0]}` : ''}`;
    taken.add(label);
    return { keywords: words, label };
  });
}

function* labelCandidatesOf(words: string[]): Generator<string> {
  const size = Math.min(THEMES.labelPhrases, words.length);
  if (size === 0) return;
  const head = words.slice(0, size - 1);
  // Keep the strongest phrases and vary the last one, then try longer labels.
  for (const last of words.slice(size - 1)) yield [...head, last].join(' · ');
  for (let length = size + 1; length <= words.length; length += 1) yield words.slice(0, length).join(' · ');
}

function labelCandidates(words: string[]): string[] {
  return [...labelCandidatesOf(words)];
}

/**
 * An area is named after its topics: the first keyword of each of its largest topics (up to
 * THEMES.labelPhrases, no phrase twice); an area of one topic takes that topic's label.
 */
export function labelAreas(areas: { topicIds: number[] }[], topics: { id: number; label: string; keywords: string[] }[]): string[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  return areas.map((area) => {
    const members = area.topicIds.map((id) => byId.get(id)!);
    if (members.length === 1) return members[0]!.label;
    const phrases: string[] = [];
    for (const topic of members) {
      const phrase = topic.keywords.find((keyword) => !phrases.includes(keyword));
      if (phrase !== undefined) phrases.push(phrase);
      if (phrases.length === THEMES.labelPhrases) break;
    }
    return phrases.join(' · ');
  });
}
