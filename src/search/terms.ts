// How text becomes lexical terms: lower case, English stop words dropped, Porter stems, so that
// "compressing" finds "compression" and "caches" finds "cache".
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP_WORDS = new Set(eng);

/** The stem of one already-tokenised word, or null for a stop word. */
export function termOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOP_WORDS.has(lower)) return null;
  return stemmer(lower);
}

/** Words of a text: letters and digits, keeping inner hyphens ("multi-task"). */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}
