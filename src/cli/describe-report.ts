// What `papers report` and `papers serve` say about the page they made, and the progress of its
// long steps on a terminal.
import { REPORT } from '../config.js';
import { formatCount } from '../report/format-count.js';
import type { ReportData } from '../report/report-data.js';
import { printNote } from './output.js';

/** "137 papers, 12 topics in 4 areas, 34 duplicate groups, map by UMAP". */
export function describeReport(data: ReportData): string {
  const method = { pca: 'PCA', umap: 'UMAP', 'umap-sample': `UMAP on a sample of ${data.projection.laidOut}` }[data.projection.method];
  const themes = data.topics.length > 0 ? `${formatCount(data.topics.length, 'topic')} in ${formatCount(data.areas.length, 'area')}` : 'no themes';
  const groups = data.duplicateGroups === null ? 'duplicates not computed' : formatCount(data.duplicateGroups.length, 'duplicate group');
  const shown = data.papers.filter((paper) => paper.representedBy === null).length;
  return `${formatCount(shown, 'paper')}, ${themes}, ${groups}, map by ${method}`;
}

/** A warning naming the papers whose abstracts the page cuts, null when none is cut. */
export function describeAbridged(data: ReportData): string | null {
  const abridged = data.papers.filter((paper) => paper.abridged);
  if (abridged.length === 0) return null;
  const named = abridged.slice(0, 3).map((paper) => `"${paper.title}"`).join(', ');
  const more = abridged.length > 3 ? ` and ${abridged.length - 3} more` : '';
  const limit = REPORT.maxAbstractChars.toLocaleString('en');
  return `warning: ${formatCount(abridged.length, 'abstract')} longer than ${limit} characters ${abridged.length === 1 ? 'is' : 'are'} abridged in the page: ${named}${more}`;
}

/** Progress on a terminal only, as `papers index` does: a large corpus takes a while. */
export function printReportStep(step: string, milliseconds: number): void {
  if (process.stderr.isTTY) printNote(`${step}: ${(milliseconds / 1000).toFixed(1)} s`);
}
