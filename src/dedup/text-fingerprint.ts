// The comparison form of a paper's text: hashed character trigrams of its title and hashed word
// shingles of its abstract. Case, Unicode forms, British spelling and a trailing venue tag are
// folded, and every quote, dash or other punctuation mark only separates words, so typography
// never counts as an edit.
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

/**
 * A fingerprint function with its own word cache: abstracts share most of their vocabulary, so
 * each distinct word is spelling-folded and hashed once per run instead of once per occurrence.
 */
export function createFingerprinter(shingleWords: number = DEDUP.shingleWords): (paper: PaperText) => TextFingerprint {
  const folded = new Map<string, string>();
  const hashes = new Map<string, number>();
  const foldWord = (word: string) => {
    let form = folded.get(word);
    if (form === undefined) folded.set(word, (form = foldSpelling(word)));
    return form;
  };
  const hashWord = (word: string) => {
    let hash = hashes.get(word);
    if (hash === undefined) hashes.set(word, (hash = hashString(foldWord(word))));
    return hash;
  };

  return (paper) => {
    const titleText = ` ${wordsIn(stripVenueSuffix(paper.title)).map(foldWord).join(' ')} `;
    const titleGrams = new Uint32Array(Math.max(titleText.length - 2, 0));
    for (let start = 0; start < titleGrams.length; start += 1) {
      const trigram = (titleText.charCodeAt(start) * 0x10000 + titleText.charCodeAt(start + 1)) ^ Math.imul(titleText.charCodeAt(start + 2), 0x9e3779b1);
      titleGrams[start] = Math.imul(trigram, 0x85ebca6b) >>> 0;
    }

    const words = wordsIn(paper.abstract).map(hashWord);
    const shingles = new Uint32Array(Math.max(words.length - shingleWords + 1, 0));
    for (let start = 0; start < shingles.length; start += 1) {
      let hash = 0x9e3779b9;
      for (let offset = 0; offset < shingleWords; offset += 1) hash = Math.imul(rotateLeft(hash, 5) ^ words[start + offset]!, 0x27d4eb2d);
      shingles[start] = hash >>> 0;
    }
    return { titleGrams: sortedDistinct(titleGrams), abstractShingles: sortedDistinct(shingles) };
  };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case runs of letters and digits: "Fine-tuning" and "fine tuning" give the same words. */
function wordsIn(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
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

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

function sortedDistinct(values: Uint32Array): Uint32Array {
  const sorted = values.sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  }
  return sorted.slice(0, kept);
}
