// One record of the arXiv metadata snapshot (or of a reduced export with the same core fields)
// read into a RawEntry: arXiv id, normalised title and abstract, categories, authors, first date.
import { normalizeLatex } from './normalize-latex.js';
import type { RawEntry } from './types.js';

/** Why a line of an arXiv file did not become an entry. */
export type ArxivSkipReason = 'not valid JSON' | 'not a JSON object' | 'no arXiv id' | 'no title';

export type ArxivRecordResult =
  | { kind: 'entry'; entry: RawEntry; hasAbstract: boolean }
  | { kind: 'outside-categories' }
  | { kind: 'skipped'; reason: ArxivSkipReason };

/** New-style ids (`2401.01234`, `0704.0001`) and old-style ones (`hep-th/9901001`, `math.AG/0601001`). */
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z]+(-[a-z]+)*(\.[A-Z]{2})?\/\d{7})$/;

/** True when a parsed first line is arXiv metadata rather than a generic JSON Lines entry. */
export function isArxivShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  // An arXiv id too, so that a user's own export with ids of its own stays generic JSON Lines.
  return arxivIdOf(record.id) !== null && 'abstract' in record && ('categories' in record || 'versions' in record);
}

/**
 * Reads one line. `keep` decides on the categories before any text is normalised, so a narrow
 * `--category` over millions of lines costs little more than parsing the JSON.
 */
export function readArxivRecord(raw: string, line: number, keep: (categories: readonly string[]) => boolean): ArxivRecordResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'skipped', reason: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'skipped', reason: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const categories = categoriesOf(record.categories);
  if (!keep(categories)) return { kind: 'outside-categories' };
  const externalId = arxivIdOf(record.id);
  if (externalId === null) return { kind: 'skipped', reason: 'no arXiv id' };
  const title = typeof record.title === 'string' ? normalizeLatex(record.title) : '';
  if (!title) return { kind: 'skipped', reason: 'no title' };
  const abstract = typeof record.abstract === 'string' ? normalizeLatex(record.abstract) : '';
  const date = firstDateOf(record);
  return {
    kind: 'entry',
    hasAbstract: abstract !== '',
    entry: {
      line,
      title,
      abstract,
      authors: authorCountOf(record),
      organisation: null,
      published: date,
      publishedIso: date,
      upvotes: null,
      externalId,
      categories,
    },
  };
}

/** The paper's page on arXiv. */
export function arxivUrlOf(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** The id without a version, URL or `arXiv:` prefix; null when it is not an arXiv identifier. */
export function arxivIdOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value
    .trim()
    .replace(/^(https?:\/\/(export\.)?arxiv\.org\/(abs|pdf)\/|arxiv:)/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/, '');
  return ARXIV_ID.test(id) ? id : null;
}

/** The snapshot's `"cs.CL cs.LG"` or a reduced export's `["cs.CL", "cs.LG"]`, primary first. */
function categoriesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
  return [];
}

/** `authors_parsed` when present; else the `"A. One, B. Two and C. Three"` string, affiliations aside. */
export function authorCountOf(record: Record<string, unknown>): number | null {
  if (Array.isArray(record.authors_parsed) && record.authors_parsed.length > 0) return record.authors_parsed.length;
  if (Array.isArray(record.authors)) return record.authors.length > 0 ? record.authors.length : null;
  if (typeof record.authors !== 'string') return null;
  let names = record.authors;
  // Affiliations in parentheses may hold commas of their own: "A. One (MIT, USA), B. Two".
  for (let previous = ''; previous !== names; ) {
    previous = names;
    names = names.replace(/\([^()]*\)/g, ' ');
  }
  const count = names
    .split(/,|\band\b|&/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !/^et al\.?$/i.test(name)).length;
  return count > 0 ? count : null;
}

/** The first version's date (the paper's first appearance), else `published`, `date`, `update_date`. */
function firstDateOf(record: Record<string, unknown>): string | null {
  const versions = Array.isArray(record.versions) ? (record.versions as unknown[]) : [];
  const first = versions[0];
  if (typeof first === 'object' && first !== null && typeof (first as Record<string, unknown>).created === 'string') {
    const parsed = Date.parse((first as Record<string, string>).created!);
    if (Number.isFinite(parsed)) return new Date(parsed).toISOString().slice(0, 10);
  }
  for (const field of ['published', 'date', 'update_date']) {
    const value = record[field];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  }
  return null;
}
