// The page's shared state: the ReportData embedded in the page, read once, and what the reader
// has selected, highlighted, filtered and searched.
import type { ReportData } from '../report-data.js';

/** An area or a topic picked in the legend; the map then dims every other paper. */
export type Highlight = { level: 'area' | 'topic'; index: number } | null;

export const data = readReportData();
export const papers = data.papers;
export const count = papers.length;
/** Papers drawn on the map: a re-post joined to another paper is drawn as that paper. */
export const shownCount = papers.filter((paper) => paper.representedBy === null).length;
/** True when `papers serve` serves the page: search and "similar" call its API. */
export const live = document.body.dataset.live === 'true';
export const ordinalById = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
/** Ordinals of the latest digest's new papers and of its re-posts. */
export const latestNew = new Set(data.latestDigest?.newPapers ?? []);
/** A re-post the map shows as another posting of the paper is greyed at that posting's dot. */
export const latestReposts = new Set((data.latestDigest?.reposts ?? []).map((repost) => papers[repost.ordinal]?.representedBy ?? repost.ordinal));

export const state = {
  /** 1 for each paper the filter keeps (never a re-post drawn as another paper). */
  visible: Uint8Array.from(papers, (paper) => (paper.representedBy === null ? 1 : 0)),
  visibleCount: shownCount,
  highlight: null as Highlight,
  /** Rank of each search result, by ordinal; null when no search is shown. */
  results: null as Map<number, number> | null,
  /** The latest-digest view: its new papers ringed on the map, its re-posts grey. */
  latest: false,
  /** Ordinals of the open paper, the hovered dot and the keyboard cursor; -1 for none. */
  selected: -1,
  hovered: -1,
  cursor: -1,
};

function readReportData(): ReportData {
  const text = document.getElementById('report-data')?.textContent;
  if (!text) throw new Error('the page holds no report data');
  return JSON.parse(text) as ReportData;
}
