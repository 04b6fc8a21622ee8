// How text becomes lexical terms: lower case, English stop words dropped, Porter stems, so that
// "compressing" finds "compression" and "caches" finds "cache". Hyphenated words count whole and
// by part ("multi-task" → "multi-task", "multi", "task").
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP_WORDS = new Set(eng);
/** Stemming dominates indexing time; a corpus has far fewer distinct words than tokens. */
const stems = new Map<string, string | null>();
const STEM_CACHE_LIMIT = 500_000;

/** The stem of one already-tokenised word, or null for a stop word. */
export function termOf(word: string): string | null {
  const lower = word.toLowerCase();
  const cached = stems.get(lower);
  if (cached !== undefined) return cached;
  const term = lower.length < 2 || STOP_WORDS.has(lower) ? null : stemmer(lower);
  if (stems.size < STEM_CACHE_LIMIT) stems.set(lower, term);
  return term;
}

/** Words of a text: letters and digits, keeping inner hyphens ("multi-task"). */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The lexical terms of a text, in order, repeats kept. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of wordsOf(text)) {
    const whole = termOf(word);
    if (whole) terms.push(whole);
    if (word.includes('-')) {
      for (const part of word.split('-')) {
        const term = termOf(part);
        if (term) terms.push(term);
      }
    }
  }
  return terms;
}
