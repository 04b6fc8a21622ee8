// Gathers what the report shows into one ReportData: papers with their place on the map, their
// topic, digests, duplicates and nearest papers; the topics and areas; the duplicate groups.
import { REPORT } from '../config.js';
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import type { Entry, Paper } from '../ingest/types.js';
import { collectLatestDigest, type LatestDigestSource } from './collect-latest-digest.js';
import { describeDuplicateReason } from './describe-duplicate.js';
import type { NeighbourList } from './find-neighbours.js';
import { formatCount } from './format-count.js';
import { formatDigestDate, formatPaperDate } from './format-date.js';
import type { Projection } from './project-papers.js';
import type { ReportArea, ReportData, ReportDuplicateGroup, ReportPaper, ReportTopic } from './report-data.js';

/** The parts of a two-level themes result the report reads: topics grouped into areas. */
export interface ReportThemes {
  choice: 'auto' | 'fixed';
  /** The topics. */
  clusters: { id: number; label: string; keywords: string[]; size: number; areaId: number }[];
  areas: { id: number; label: string; topicIds: number[]; size: number }[];
  /** Topic id of each paper, by paper id. */
  assignments: Record<string, number>;
}

export interface ReportInput {
  papers: Paper[];
  entries: Entry[];
  projection: Projection;
  /** Nearest other papers of each paper, by ordinal (the first REPORT.nearestShown are kept). */
  nearest: NeighbourList[];
  /** Null when the themes were not computed; the map is then drawn in one colour. */
  themes: ReportThemes | null;
  /** Null when duplicates were not computed. */
  groups: DuplicateGroup[] | null;
  /** Re-post paper id → the id of the paper it is drawn as (pickRepresentatives); none when absent. */
  representativeOf?: ReadonlyMap<string, string>;
  source?: ReportData['source'];
  /** The library's sources, for the latest-digest view; without them the page has none. */
  sources?: readonly LatestDigestSource[];
}

export function collectReportData(input: ReportInput): ReportData {
  const { papers, projection, themes } = input;
  if (projection.points.length !== papers.length || input.nearest.length !== papers.length) {
    throw new Error(`report input is inconsistent: ${papers.length} papers, ${projection.points.length} points, ${input.nearest.length} neighbour lists`);
  }
  const ordinalOf = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
  const entryById = new Map(input.entries.map((entry) => [entry.id, entry]));
  const topicIndexOf = new Map((themes?.clusters ?? []).map((topic, index) => [topic.id, index]));
  const duplicateGroups = input.groups ? input.groups.map((group) => reportGroup(group, ordinalOf)) : null;
  const groupsOf = groupsByOrdinal(duplicateGroups ?? [], papers.length);

  const representativeOf = input.representativeOf ?? new Map<string, string>();
  const representedBy = papers.map((paper) => ordinalOf.get(representativeOf.get(paper.id) ?? '') ?? null);
  const alsoPostedAs = papers.map((): number[] => []);
  representedBy.forEach((representative, ordinal) => {
    if (representative !== null) alsoPostedAs[representative]!.push(ordinal);
  });
  /** The paper an ordinal is drawn as: itself, or the representative of its duplicate group. */
  const drawnAs = (ordinal: number) => representedBy[ordinal] ?? ordinal;

  const reportPapers = papers.map((paper, ordinal): ReportPaper => {
    const [x, y] = projection.points[ordinal]!;
    const topicId = themes?.assignments[papers[drawnAs(ordinal)]!.id];
    const neighbours = input.nearest[ordinal]!;
    // Nearest other papers: never a posting of this same paper, never a re-post not on the map.
    const nearest = neighbours.ordinals.flatMap((other, rank) => (representedBy[other] === null && drawnAs(other) !== drawnAs(ordinal) ? [{ ordinal: other, similarity: round(neighbours.similarities[rank]!) }] : []));
    const abstract = abridge(paper.abstract, REPORT.maxAbstractChars);
    return {
      id: paper.id,
      title: paper.title,
      abstract,
      abridged: abstract.length < paper.abstract.length,
      published: formatPaperDate(paper.published, paper.publishedIso),
      upvotes: paper.upvotes,
      authors: paper.authors,
      organisation: paper.organisation,
      arxivId: paper.externalId ?? null,
      appearances: paper.entryIds.flatMap((entryId) => {
        const entry = entryById.get(entryId);
        return entry ? [{ digest: entry.digest, date: formatDigestDate(entry.digestDate), position: entry.position }] : [];
      }),
      x: round(x),
      y: round(y),
      topic: topicId === undefined ? null : (topicIndexOf.get(topicId) ?? null),
      nearest: nearest.slice(0, REPORT.nearestShown),
      duplicateGroups: groupsOf[ordinal]!,
      representedBy: representedBy[ordinal]!,
      alsoPostedAs: alsoPostedAs[ordinal]!,
    };
  });
  const { topics, areas } = themes ? collectTopics(themes, reportPapers) : { topics: [], areas: [] };

  return {
    title: `${formatCount(papers.length - representativeOf.size, 'paper')} from ${formatCount(new Set(input.entries.map((entry) => entry.digest)).size, 'digest')}`,
    source: input.source ?? null,
    projection: { method: projection.method, laidOut: projection.laidOut, seed: projection.seed },
    themeChoice: themes ? (themes.choice === 'auto' ? 'chosen automatically' : 'fixed with --k') : null,
    papers: reportPapers,
    topics,
    areas,
    duplicateGroups,
    latestDigest: input.sources ? collectLatestDigest(papers, input.entries, input.sources, input.groups ?? []) : null,
  };
}

/** Topics with their area and the point their name is drawn at; areas with their topics' indexes. */
function collectTopics(themes: ReportThemes, papers: ReportPaper[]): { topics: ReportTopic[]; areas: ReportArea[] } {
  const areaIndexOf = new Map(themes.areas.map((area, index) => [area.id, index]));
  const topicIndexOf = new Map(themes.clusters.map((topic, index) => [topic.id, index]));
  const membersOf = themes.clusters.map((): ReportPaper[] => []);
  for (const paper of papers) if (paper.topic !== null && paper.representedBy === null) membersOf[paper.topic]!.push(paper);
  const topics = themes.clusters.map((topic, index): ReportTopic => {
    const area = areaIndexOf.get(topic.areaId);
    if (area === undefined) throw new Error(`topic ${topic.id} belongs to area ${topic.areaId}, which the themes do not list`);
    const members = membersOf[index]!;
    return { id: topic.id, label: topic.label, keywords: topic.keywords, size: topic.size, area, x: round(median(members.map((paper) => paper.x))), y: round(median(members.map((paper) => paper.y))) };
  });
  const areas = themes.areas.map(
    (area): ReportArea => ({
      id: area.id,
      label: area.label,
      size: area.size,
      topics: area.topicIds.flatMap((id) => topicIndexOf.get(id) ?? []).sort((a, b) => topics[b]!.size - topics[a]!.size || a - b),
    }),
  );
  return { topics, areas };
}

function reportGroup(group: DuplicateGroup, ordinalOf: Map<string, number>): ReportDuplicateGroup {
  return {
    kind: group.kind,
    similarity: round(group.similarity),
    reason: describeDuplicateReason(group),
    entries: group.entries.map((entry) => ({
      entryId: entry.id,
      ordinal: ordinalOf.get(entry.paperId) ?? null,
      title: entry.title,
      digest: entry.digest,
      date: formatDigestDate(entry.date),
      position: entry.position,
    })),
  };
}

function groupsByOrdinal(groups: ReportDuplicateGroup[], paperCount: number): number[][] {
  const byOrdinal: number[][] = Array.from({ length: paperCount }, () => []);
  groups.forEach((group, index) => {
    for (const ordinal of new Set(group.entries.map((entry) => entry.ordinal))) {
      if (ordinal !== null) byOrdinal[ordinal]!.push(index);
    }
  });
  return byOrdinal;
}

/** The first `maxChars` characters of `text`, cut at the last space when there is one nearby. */
function abridge(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.lastIndexOf(' ', maxChars);
  return text.slice(0, cut > maxChars * 0.9 ? cut : maxChars).trimEnd();
}

/** The middle value (a topic's centre that one outlying paper cannot drag away); 0.5 for none. */
function median(values: number[]): number {
  if (values.length === 0) return 0.5;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Four decimals are plenty on screen and keep a 20,000-paper page small. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
