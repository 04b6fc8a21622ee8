// Gathers what the report shows into one ReportData: papers with their place on the map, their
// theme, digests, duplicates and nearest papers; the themes; the duplicate groups.
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import type { Entry, Paper } from '../ingest/types.js';
import type { ThemesResult } from '../themes/theme-types.js';
import type { NeighbourList } from './find-neighbours.js';
import type { Projection } from './project-papers.js';
import type { ReportData, ReportDuplicateGroup, ReportPaper } from './report-data.js';

/** Papers listed as nearest in the side panel. */
export const NEAREST_SHOWN = 5;

export interface ReportInput {
  papers: Paper[];
  entries: Entry[];
  projection: Projection;
  /** Nearest other papers of each paper, by ordinal (the first NEAREST_SHOWN are kept). */
  nearest: NeighbourList[];
  /** Null when the themes were not computed; the map is then drawn in one colour. */
  themes: ThemesResult | null;
  /** Null when duplicates were not computed. */
  groups: DuplicateGroup[] | null;
  source?: ReportData['source'];
}

export function collectReportData(input: ReportInput): ReportData {
  const { papers, projection, themes } = input;
  if (projection.points.length !== papers.length || input.nearest.length !== papers.length) {
    throw new Error(`report input is inconsistent: ${papers.length} papers, ${projection.points.length} points, ${input.nearest.length} neighbour lists`);
  }
  const ordinalOf = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
  const entryById = new Map(input.entries.map((entry) => [entry.id, entry]));
  const themeIndexOf = new Map((themes?.clusters ?? []).map((theme, index) => [theme.id, index]));
  const duplicateGroups = input.groups ? input.groups.map((group) => reportGroup(group, ordinalOf)) : null;
  const groupsOf = groupsByOrdinal(duplicateGroups ?? [], papers.length);

  const reportPapers = papers.map((paper, ordinal): ReportPaper => {
    const [x, y] = projection.points[ordinal]!;
    const themeId = themes?.assignments[paper.id];
    const neighbours = input.nearest[ordinal]!;
    return {
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      published: paper.published,
      upvotes: paper.upvotes,
      authors: paper.authors,
      organisation: paper.organisation,
      appearances: paper.entryIds.flatMap((entryId) => {
        const entry = entryById.get(entryId);
        return entry ? [{ digest: entry.digest, date: entry.digestDate, position: entry.position }] : [];
      }),
      x: round(x),
      y: round(y),
      theme: themeId === undefined ? null : (themeIndexOf.get(themeId) ?? null),
      nearest: neighbours.ordinals.slice(0, NEAREST_SHOWN).map((other, rank) => ({ ordinal: other, similarity: round(neighbours.similarities[rank]!) })),
      duplicateGroups: groupsOf[ordinal]!,
    };
  });

  return {
    title: describeCorpus(papers.length, new Set(input.entries.map((entry) => entry.digest)).size),
    source: input.source ?? null,
    projection: { method: projection.method, laidOut: projection.laidOut, seed: projection.seed },
    themeChoice: themes ? `${themes.choice === 'auto' ? 'automatic' : 'fixed'} k = ${themes.k}` : null,
    papers: reportPapers,
    themes: (themes?.clusters ?? []).map((theme) => ({ id: theme.id, label: theme.label, keywords: theme.keywords, size: theme.size })),
    duplicateGroups,
  };
}

function reportGroup(group: DuplicateGroup, ordinalOf: Map<string, number>): ReportDuplicateGroup {
  return {
    kind: group.kind,
    similarity: round(group.similarity),
    evidence: Object.fromEntries(Object.entries(group.evidence).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value])),
    entries: group.entries.map((entry) => ({
      entryId: entry.id,
      ordinal: ordinalOf.get(entry.paperId) ?? null,
      title: entry.title,
      digest: entry.digest,
      date: entry.date,
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

function describeCorpus(paperCount: number, digestCount: number): string {
  return `${paperCount} ${paperCount === 1 ? 'paper' : 'papers'} from ${digestCount} ${digestCount === 1 ? 'digest' : 'digests'}`;
}

/** Four decimals are plenty on screen and keep a 20,000-paper page small. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
