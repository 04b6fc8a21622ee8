// What a tag may be called: one word of letters, digits and - _ . + /, at most TAG_MAX_LENGTH
// characters, kept in lower case so "RL" and "rl" are one tag.
import { usageError } from '../errors.js';

export const TAG_MAX_LENGTH = 40;
const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.+/-]*$/u;

/** The tag as stored, or a usage error naming what is wrong with it. */
export function parseTagName(value: string): string {
  const tag = value.trim().normalize('NFKC').toLowerCase();
  if (!tag) throw usageError('the tag is empty', 'give a tag name, e.g. papers tag "DuoAttention" long-context');
  if (tag.length > TAG_MAX_LENGTH) throw usageError(`the tag "${tag.slice(0, TAG_MAX_LENGTH)}…" is ${tag.length} characters; the limit is ${TAG_MAX_LENGTH}`);
  if (!TAG_PATTERN.test(tag)) {
    throw usageError(`the tag ${JSON.stringify(value)} is not one word`, 'use letters, digits and - _ . + / (no spaces), starting with a letter or digit');
  }
  return tag;
}
