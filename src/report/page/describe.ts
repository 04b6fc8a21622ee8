// Short descriptions the page's lists share: a paper's date, authors and upvotes, and where a
// posting appeared (the digest's date, its file name on hover).
import { formatCount } from '../format-count.js';
import { NO_YEAR } from '../format-date.js';
import type { ReportAppearance, ReportDuplicateEntry, ReportPaper } from '../report-data.js';

export function describePaperMeta(paper: ReportPaper): string {
  return [
    paper.published ?? 'no date',
    paper.authors !== null ? formatCount(paper.authors, 'author') : paper.organisation,
    paper.upvotes !== null ? formatCount(paper.upvotes, 'upvote') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "digest of 17 Feb (year not given), #3", or the file name when the digest has no date. */
export function describeAppearance(appearance: ReportAppearance): string {
  return `${appearance.date ? `digest of ${appearance.date}` : appearance.digest}, #${appearance.position}`;
}

/**
 * Where a paper's postings in a duplicate group appeared: "digests of 17 Feb #5, 12 Dec #3 (year
 * not given)", saying "year not given" once when no date has one; file names for undated digests.
 */
export function describePostings(entries: ReportDuplicateEntry[]): string {
  const days = entries.map((entry) => (entry.date?.endsWith(NO_YEAR) ? entry.date.slice(0, -NO_YEAR.length) : null));
  if (days.every((day) => day !== null)) {
    const listed = entries.map((entry, index) => `${days[index]} #${entry.position}`).join(', ');
    return `${entries.length === 1 ? 'digest' : 'digests'} of ${listed}${NO_YEAR}`;
  }
  return entries.map((entry) => `${entry.date ? `digest of ${entry.date}` : entry.digest} #${entry.position}`).join('; ');
}
