// Candidate key phrases of a text: runs of 1–3 words that do not cross punctuation and pass
// isKeyPhrase. Each has a key (Porter stems, hyphens as spaces) so that "attention sinks",
// "attention sink" and "Attention-Sink" count as one phrase, and the words as written.
import { stemmer } from 'stemmer';
import { wordsOf } from '../search/terms.js';
import { isKeyPhrase } from './phrase-stop-list.js';

export interface PhraseOccurrence {
  /** Stemmed form: what is counted. */
  key: string;
  /** Lower-case words as written: what is shown. */
  surface: string;
  /** Number of words as written (a hyphenated word counts once). */
  length: number;
}

export const MAX_PHRASE_WORDS = 3;

/** Every candidate phrase occurrence in `text`, in reading order. */
export function extractPhrases(text: string): PhraseOccurrence[] {
  const occurrences: PhraseOccurrence[] = [];
  // Punctuation ends a phrase: "retrieval heads, streaming heads" holds no "heads streaming".
  for (const chunk of text.normalize('NFKC').split(/[.,;:!?()[\]{}"“”‘’/|]|\s[-–—]+\s/u)) {
    const words = wordsOf(chunk).map((word) => word.toLowerCase().replace(/'s$/, ''));
    for (let start = 0; start < words.length; start += 1) {
      for (let length = 1; length <= MAX_PHRASE_WORDS && start + length <= words.length; length += 1) {
        const phrase = words.slice(start, start + length);
        if (isKeyPhrase(phrase)) occurrences.push({ key: keyOf(phrase), surface: phrase.join(' '), length });
      }
    }
  }
  return occurrences;
}

function keyOf(words: string[]): string {
  return words.flatMap((word) => word.split('-')).map((part) => stemmer(part)).join(' ');
}
