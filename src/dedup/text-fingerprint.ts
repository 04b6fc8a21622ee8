// The comparison form of a paper's text, computed once per paper: hashed character trigrams of its
// title and hashed word shingles of its abstract, both after folding typography, British spelling
// and a trailing venue tag, so that only real edits remain as differences.
import { foldText } from '../ingest/normalize.js';
import { wordsOf } from '../search/terms.js';
import { DEDUP } from './dedup-config.js';
import { foldSpelling } from './fold-spelling.js';
import { stripVenueSuffix } from './strip-venue-suffix.js';

export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

export interface TextFingerprint {
  /** Sorted, distinct hashes of the title's character trigrams. */
  titleGrams: Uint32Array;
  /** Sorted, distinct hashes of the abstract's word shingles. */
  abstractShingles: Uint32Array;
}

export function fingerprintOf(paper: PaperText, shingleWords: number = DEDUP.shingleWords): TextFingerprint {
  const titleWords = comparisonWords(stripVenueSuffix(foldText(paper.title)));
  const titleText = ` ${titleWords.join(' ')} `;
  const titleGrams: number[] = [];
  for (let start = 0; start + 3 <= titleText.length; start += 1) titleGrams.push(hashString(titleText.slice(start, start + 3)));

  const abstractWords = comparisonWords(foldText(paper.abstract));
  const shingles: number[] = [];
  for (let start = 0; start + shingleWords <= abstractWords.length; start += 1) {
    shingles.push(hashString(abstractWords.slice(start, start + shingleWords).join(' ')));
  }
  return { titleGrams: sortedDistinct(titleGrams), abstractShingles: sortedDistinct(shingles) };
}

function comparisonWords(folded: string): string[] {
  return wordsOf(folded).map((word) => foldSpelling(word.toLowerCase()));
}

/** 32-bit FNV-1a: collisions are negligible among the few hundred shingles of one abstract. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function sortedDistinct(values: number[]): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  }
  return sorted.slice(0, kept);
}
