// The `--category` filter of an arXiv import: which categories a user asked for, and whether a
// paper's categories match (any of them, case-insensitive; `cs.*` stands for a whole archive).
import { usageError } from '../errors.js';

/** `cs.CL`, `hep-th`, `cond-mat.mes-hall`, or a whole archive as `cs.*`. */
const CATEGORY = /^[a-z]+(-[a-z]+)*(\.([a-z]+(-[a-z]+)*|\*))?$/i;

/**
 * Reads `cs.CL,cs.LG` (commas and/or spaces) into the list of categories to keep, added to
 * `previous` when the option is given twice. Throws a usage error naming the first item that is
 * not an arXiv category.
 */
export function parseCategoryList(list: string, previous: readonly string[] = []): string[] {
  const items = list.split(/[\s,]+/).filter(Boolean);
  if (items.length === 0) throw usageError('--category is empty', 'give arXiv categories, for example --category cs.CL,cs.LG or cs.*');
  const bad = items.find((item) => !CATEGORY.test(item));
  if (bad !== undefined) throw usageError(`"${bad}" is not an arXiv category`, 'give categories such as cs.CL, stat.ML, hep-th, or cs.* for a whole archive');
  return [...new Set([...previous, ...items])];
}

/** True when one of a paper's categories is asked for; every paper matches an empty request. */
export function matchesCategories(categories: readonly string[], wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  return categories.some((category) => {
    const lower = category.toLowerCase();
    return wanted.some((item) => {
      const pattern = item.toLowerCase();
      return pattern.endsWith('.*') ? lower.startsWith(pattern.slice(0, -1)) : lower === pattern;
    });
  });
}
