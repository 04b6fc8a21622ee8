// Short descriptions the page's lists share: a paper's date, authors and upvotes, and where a
// posting appeared (the digest's date, its file name on hover).
import { formatCount } from '../format-count.js';
import type { ReportAppearance, ReportPaper } from '../report-data.js';

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
