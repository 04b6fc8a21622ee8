// Text normalisation shared by parsing, paper identity and duplicate detection.
import { createHash } from 'node:crypto';

/** Unicode NFC, no BOM, single spaces, trimmed: how titles and abstracts are stored. */
export function cleanText(text: string): string {
  // Same result as /\s+/g, but single spaces, by far the most common match, are left in place.
  return text.replace(/^\uFEFF/, '').normalize('NFC').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/**
 * The comparison form of a text: case, quotes, dashes and white space folded, so that two
 * postings that differ only in typography are the same paper.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/''/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable paper id: the first 16 hex digits of SHA-256 over the folded title and abstract. */
export function paperIdOf(title: string, abstract: string): string {
  return createHash('sha256')
    .update(`${foldText(title)}\n${foldText(abstract)}`)
    .digest('hex')
    .slice(0, 16);
}

/** The text the model embeds for a paper. */
export function embeddingText(title: string, abstract: string): string {
  return abstract ? `${title}. ${abstract}` : title;
}
