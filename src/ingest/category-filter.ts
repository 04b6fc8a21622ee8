// The `--category` filter of an arXiv import: which categories a user asked for, and whether a
// paper's categories match (any of them, case-insensitive; `cs.*` stands for a whole archive).
import { usageError } from '../errors.js';

/** `cs.CL`, `hep-th`, `cond-mat.mes-hall`, or a whole archive as `cs.*`. */
const CATEGORY = /^([a-z]+(?:-[a-z]+)*)(\.([a-z]+(-[a-z]+)*|\*))?$/i;

/**
 * arXiv's archives (the part before the dot), current and retired. Those marked standalone are
 * categories by themselves (`hep-th`); the others only with a subject (`cs.CL`) or as `cs.*`.
 */
const STANDALONE_ARCHIVES = new Set([
  'astro-ph', 'cond-mat', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'hep-th', 'math-ph', 'nucl-ex', 'nucl-th', 'quant-ph',
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'atom-ph', 'bayes-an', 'chao-dyn', 'chem-ph', 'cmp-lg', 'comp-gas', 'dg-ga',
  'funct-an', 'mtrl-th', 'patt-sol', 'plasm-ph', 'q-alg', 'solv-int', 'supr-con',
]);
const SUBJECT_ARCHIVES = new Set(['cs', 'econ', 'eess', 'math', 'nlin', 'physics', 'q-bio', 'q-fin', 'stat', 'astro-ph', 'cond-mat']);

/**
 * Reads `cs.CL,cs.LG` (commas and/or spaces) into the list of categories to keep, added to
 * `previous` when the option is given twice. Throws a usage error naming the first item that is
 * not an arXiv category.
 */
export function parseCategoryList(list: string, previous: readonly string[] = []): string[] {
  const items = list.split(/[\s,]+/).filter(Boolean);
  if (items.length === 0) throw usageError('--category is empty', 'give arXiv categories, for example --category cs.CL,cs.LG or cs.*');
  const bad = items.find((item) => !isCategoryPattern(item));
  if (bad !== undefined && SUBJECT_ARCHIVES.has(bad.toLowerCase())) {
    throw usageError(`"${bad}" is an arXiv archive, not a category`, `write ${bad}.* for the whole archive, or name its categories (${bad}.XX)`);
  }
  if (bad !== undefined) throw usageError(`"${bad}" is not an arXiv category`, 'give categories such as cs.CL, stat.ML, hep-th, or cs.* for a whole archive');
  return [...new Set([...previous, ...items])];
}

/** `hep-th`, `cs.CL`, `cs.*`: a known archive, with a subject unless it stands alone. */
function isCategoryPattern(item: string): boolean {
  const match = CATEGORY.exec(item);
  if (!match) return false;
  const archive = match[1]!.toLowerCase();
  return match[2] === undefined ? STANDALONE_ARCHIVES.has(archive) : SUBJECT_ARCHIVES.has(archive);
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
