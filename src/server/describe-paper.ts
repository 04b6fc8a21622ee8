// The JSON for one paper at /api/papers/:id: its metadata, theme, postings, duplicate groups and
// nearest papers, from the same data the page shows.
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import type { Paper } from '../ingest/types.js';
import type { ReportData } from '../report/report-data.js';
import { paperMetadata } from '../search/hits-to-json.js';

export function describePaper(paper: Paper, ordinal: number, data: ReportData, groups: DuplicateGroup[]) {
  const shown = data.papers[ordinal]!;
  const topic = shown.topic === null ? null : data.topics[shown.topic]!;
  return {
    id: paper.id,
    ordinal,
    title: paper.title,
    ...paperMetadata(paper),
    appearances: shown.appearances,
    theme: topic ? { id: topic.id, label: topic.label } : null,
    duplicateGroups: groups.filter((group) => group.entries.some((entry) => entry.paperId === paper.id)),
    nearest: shown.nearest.map((neighbour) => ({ id: data.papers[neighbour.ordinal]!.id, title: data.papers[neighbour.ordinal]!.title, similarity: neighbour.similarity })),
  };
}

/** A paper added to the library after the server drew its map: the same fields, without the map's. */
export function describeUnmappedPaper(paper: Paper) {
  return { id: paper.id, ordinal: null, title: paper.title, ...paperMetadata(paper), appearances: [], theme: null, duplicateGroups: [], nearest: [] };
}
