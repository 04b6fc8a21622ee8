// --since / --until: which papers a date range keeps, as an ordinal predicate that search and
// "similar" take as `exclude`. A paper is inside a range only if its full date (with a year) is.
import type { Paper } from '../ingest/types.js';

export interface DateRange {
  /** First day kept, YYYY-MM-DD (inclusive). */
  since?: string;
  /** Last day kept, YYYY-MM-DD (inclusive). */
  until?: string;
}

export interface DateFilter {
  /** True for the ordinals a range leaves out (use as a search's `exclude`). */
  exclude: (ordinal: number) => boolean;
  /** Papers left out because their date is missing or has no year. */
  undated: number;
}

/** Null when the range is open on both sides: nothing to filter. */
export function filterByDate(papers: Paper[], range: DateRange): DateFilter | null {
  if (range.since === undefined && range.until === undefined) return null;
  const outside = new Set<number>();
  let undated = 0;
  papers.forEach((paper, ordinal) => {
    const iso = paper.publishedIso;
    if (iso === null || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
      undated += 1;
      outside.add(ordinal);
    } else if ((range.since !== undefined && iso < range.since) || (range.until !== undefined && iso > range.until)) {
      outside.add(ordinal);
    }
  });
  return { exclude: (ordinal) => outside.has(ordinal), undated };
}
