// The comparison form of a paper's text: hashed character trigrams of its title and hashed word
// shingles of its abstract. Case, Unicode forms, British spelling and a trailing venue tag are
// folded, and every quote, dash or other punctuation mark only separates words, so typography
// never counts as an edit.
import { DEDUP } from '../config.js';
import { foldSpelling } from './fold-spelling.js';
import { stripVenueSuffix } from './strip-venue-suffix.js';

export interface PaperText {
  id: string;
  title: string;
  abstract: string;
  /** Author count, when the posting gives one (a rewritten re-post keeps its authors). */
  authors?: number | null;
  /** ISO date, "--MM-DD" without a year, or null. */
  publishedIso?: string | null;
}

export interface TextFingerprint {
  /** Sorted, distinct hashes of the title's character trigrams. */
  titleGrams: Uint32Array;
  /** Sorted, distinct hashes of the abstract's word shingles. */
  abstractShingles: Uint32Array;
}

/**
 * A fingerprint function with its own word cache: abstracts share most of their vocabulary, so
 * each distinct word is spelling-folded once per run instead of once per occurrence.
 */
export function createFingerprinter(shingleWords: number = DEDUP.shingleWords): (paper: PaperText) => TextFingerprint {
  const foldedHashes = new Map<number, number>();
  /** The hash of text[start, end) after spelling folding, looked up by the raw word's hash. */
  const foldedHashOf = (rawHash: number, text: string, start: number, end: number) => {
    let hash = foldedHashes.get(rawHash);
    if (hash === undefined) {
      hash = hashString(foldSpelling(text.slice(start, end)));
      foldedHashes.set(rawHash, hash);
    }
    return hash;
  };

  return (paper) => {
    const titleText = ` ${wordsIn(stripVenueSuffix(paper.title)).map(foldSpelling).join(' ')} `;
    const titleGrams = new Uint32Array(Math.max(titleText.length - 2, 0));
    for (let start = 0; start < titleGrams.length; start += 1) {
      const trigram = (titleText.charCodeAt(start) * 0x10000 + titleText.charCodeAt(start + 1)) ^ Math.imul(titleText.charCodeAt(start + 2), 0x9e3779b1);
      titleGrams[start] = Math.imul(trigram, 0x85ebca6b) >>> 0;
    }

    const words = wordHashesIn(paper.abstract, foldedHashOf);
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
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 anything else. */
const wordCharacterCache = new Uint8Array(0x10000);

/** Lower-case runs of letters and digits: "Fine-tuning" and "fine tuning" give the same words. */
function wordsIn(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * The words of `wordsIn`, as folded hashes, in one pass over the characters: abstracts are the
 * bulk of the text, and this avoids a string per word.
 */
function wordHashesIn(text: string, foldedHashOf: (rawHash: number, text: string, start: number, end: number) => number): number[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const hashes: number[] = [];
  let start = -1;
  let hash = 0;
  for (let index = 0; index <= lower.length; index += 1) {
    const code = index < lower.length ? lower.charCodeAt(index) : 0x20;
    if (isWordCharacter(code)) {
      if (start < 0) {
        start = index;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    } else if (start >= 0) {
      hashes.push(foldedHashOf(hash | 0, lower, start, index));
      start = -1;
    }
  }
  return hashes;
}

function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  // Astral letters arrive as surrogate pairs; the pair as a whole counts as word characters.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  if (wordCharacterCache[code] === 0) wordCharacterCache[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return wordCharacterCache[code] === 1;
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
