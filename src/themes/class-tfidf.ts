// Class-based TF-IDF (BERTopic's c-TF-IDF) over key phrases: a phrase scores high for a theme
// when many of the theme's papers use it and few papers of the corpus do.
import type { PhraseOccurrence } from './extract-phrases.js';

/** The candidate phrases of one paper, title and abstract apart: titles hold the names people use. */
export interface PaperPhrases {
  title: PhraseOccurrence[];
  abstract: PhraseOccurrence[];
}

export interface RankedPhrase {
  key: string;
  /** The theme's most frequent way of writing the phrase. */
  surface: string;
  /** c-TF-IDF weight (see rankPhrasesByClass). */
  weight: number;
  /** Papers of the theme that use it. */
  papers: number;
  /** Papers of the theme whose title uses it. */
  titles: number;
}

export interface RankOptions {
  /** Phrases kept per theme, best first. */
  top: number;
  /**
   * A sub-phrase is dropped when a longer phrase containing it is used by at least this share of
   * the same papers ("kv" and "cache" give way to "kv cache"). 0.75 by default.
   */
  subsumption?: number;
}

/**
 * The best phrases of each class by c-TF-IDF, counted per paper (a paper repeating its acronym
 * ten times counts once, which suits abstracts better than raw counts):
 *   weight = (papers using it + papers with it in the title) / theme size
 *          × log(1 + papers per theme / papers of the corpus using it)
 * A phrase must be used by two papers of its theme (one in a theme of one), and a single word
 * must be in two of its titles: alone, abstract words are mostly verbs and adjectives.
 */
export function rankPhrasesByClass(documents: PaperPhrases[], classes: number[], classCount: number, options: RankOptions): RankedPhrase[][] {
  const corpusPapers = new Map<string, number>();
  const classPapers = Array.from({ length: classCount }, () => new Map<string, number>());
  const classTitles = Array.from({ length: classCount }, () => new Map<string, number>());
  const classSurfaces = Array.from({ length: classCount }, () => new Map<string, Map<string, number>>());
  const sizes = new Array<number>(classCount).fill(0);
  documents.forEach((phrases, document) => {
    const cls = classes[document]!;
    sizes[cls]! += 1;
    const all = [...phrases.title, ...phrases.abstract];
    for (const key of new Set(all.map((occurrence) => occurrence.key))) {
      increment(corpusPapers, key);
      increment(classPapers[cls]!, key);
    }
    for (const key of new Set(phrases.title.map((occurrence) => occurrence.key))) increment(classTitles[cls]!, key);
    for (const { key, surface } of all) {
      const surfaces = classSurfaces[cls]!.get(key) ?? new Map<string, number>();
      increment(surfaces, surface);
      classSurfaces[cls]!.set(key, surfaces);
    }
  });
  const papersPerClass = documents.length / Math.max(1, classCount);
  const subsumption = options.subsumption ?? 0.75;

  return classPapers.map((counts, cls) => {
    const titles = classTitles[cls]!;
    const support = Math.min(2, sizes[cls]!);
    const keys = [...counts.keys()].filter((key) => counts.get(key)! >= support && (key.includes(' ') || (titles.get(key) ?? 0) >= support));
    const subsumed = new Set<string>();
    for (const longer of keys) {
      for (const inner of subPhrasesOf(longer)) {
        const innerPapers = counts.get(inner);
        if (innerPapers !== undefined && counts.get(longer)! >= subsumption * innerPapers) subsumed.add(inner);
      }
    }
    return keys
      .filter((key) => !subsumed.has(key))
      .map((key) => {
        const papers = counts.get(key)!;
        const inTitles = titles.get(key) ?? 0;
        const weight = ((papers + inTitles) / sizes[cls]!) * Math.log(1 + papersPerClass / corpusPapers.get(key)!);
        return { key, surface: mostFrequent(classSurfaces[cls]!.get(key)!), weight, papers, titles: inTitles };
      })
      .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, options.top);
  });
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Every shorter contiguous run of a key's stems. */
function subPhrasesOf(key: string): string[] {
  const stems = key.split(' ');
  const runs: string[] = [];
  for (let start = 0; start < stems.length; start += 1) {
    for (let end = start + 1; end <= stems.length; end += 1) if (end - start < stems.length) runs.push(stems.slice(start, end).join(' '));
  }
  return runs;
}

/** The most frequent surface form; the alphabetically first on a tie, so results never depend on input order. */
function mostFrequent(surfaces: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of surfaces) {
    if (count > bestCount || (count === bestCount && surface < best)) [best, bestCount] = [surface, count];
  }
  return best;
}
