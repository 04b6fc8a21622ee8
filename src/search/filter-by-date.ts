// --since / --until: which papers a date range keeps, as an ordinal predicate that search and
// "similar" take as `excludeIds`. A paper is inside a range only if its full date (with a year) is.
import type { Paper } from '../ingest/types.js';

export interface DateRange {
  /** First day kept, YYYY-MM-DD (inclusive). */
  since?: string;
  /** Last day kept, YYYY-MM-DD (inclusive). */
  until?: string;
}

export interface DateFilter {
  /** The papers a range leaves out (use as a search's `excludeIds`). */
  excludeIds: ReadonlySet<string>;
  /** Papers left out because their date is missing or has no year. */
  undated: number;
}

/** Null when the range is open on both sides: nothing to filter. */
export function filterByDate(papers: Paper[], range: DateRange): DateFilter | null {
  if (range.since === undefined && range.until === undefined) return null;
  const outside = new Set<string>();
  let undated = 0;
  papers.forEach((paper) => {
    const iso = paper.publishedIso;
    if (iso === null || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
      undated += 1;
      outside.add(paper.id);
    } else if ((range.since !== undefined && iso < range.since) || (range.until !== undefined && iso > range.until)) {
      outside.add(paper.id);
    }
  });
  return { excludeIds: outside, undated };
}
