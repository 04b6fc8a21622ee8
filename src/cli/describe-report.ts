// What `papers report` and `papers serve` say about the page they made, and the progress of its
// long steps on a terminal.
import { formatCount } from '../report/format-count.js';
import type { ReportData } from '../report/report-data.js';
import { printNote } from './output.js';

/** "137 papers, 12 topics in 4 areas, 34 duplicate groups, map by UMAP". */
export function describeReport(data: ReportData): string {
  const method = { pca: 'PCA', umap: 'UMAP', 'umap-sample': `UMAP on a sample of ${data.projection.laidOut}` }[data.projection.method];
  const themes = data.topics.length > 0 ? `${formatCount(data.topics.length, 'topic')} in ${formatCount(data.areas.length, 'area')}` : 'no themes';
  const groups = data.duplicateGroups === null ? 'duplicates not computed' : formatCount(data.duplicateGroups.length, 'duplicate group');
  return `${formatCount(data.papers.length, 'paper')}, ${themes}, ${groups}, map by ${method}`;
}

/** Progress on a terminal only, as `papers index` does: a large corpus takes a while. */
export function printReportStep(step: string, milliseconds: number): void {
  if (process.stderr.isTTY) printNote(`${step}: ${(milliseconds / 1000).toFixed(1)} s`);
}
