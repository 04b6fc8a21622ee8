// The plain data object the report page is drawn from: built once in Node, embedded in the page
// as JSON, and read by the page's own script. Papers are referred to by ordinal everywhere.
import type { DuplicateKind } from '../dedup/duplicate-types.js';
import type { ProjectionMethod } from './project-papers.js';

export interface ReportAppearance {
  digest: string;
  /** The digest's own date ("Feb 17"), null when it has none. */
  date: string | null;
  /** 1-based position of the paper in that digest. */
  position: number;
}

export interface ReportNeighbour {
  ordinal: number;
  /** Cosine similarity of the two papers' embeddings. */
  similarity: number;
}

export interface ReportPaper {
  id: string;
  title: string;
  abstract: string;
  published: string | null;
  upvotes: number | null;
  authors: number | null;
  organisation: string | null;
  appearances: ReportAppearance[];
  /** Position on the map, in [0, 1]² (y grows downwards, as on screen). */
  x: number;
  y: number;
  /** Index into `themes`, null when the themes are unknown. */
  theme: number | null;
  /** The nearest other papers, most similar first. */
  nearest: ReportNeighbour[];
  /** Indexes into `duplicateGroups` of the groups this paper belongs to. */
  duplicateGroups: number[];
}

export interface ReportTheme {
  id: number;
  label: string;
  keywords: string[];
  size: number;
}

export interface ReportDuplicateEntry {
  entryId: string;
  /** Ordinal of the paper the entry carries, null if the index no longer has it. */
  ordinal: number | null;
  title: string;
  digest: string;
  date: string | null;
  position: number;
}

export interface ReportDuplicateGroup {
  kind: DuplicateKind;
  /** Lowest pairwise cosine similarity in the group. */
  similarity: number;
  evidence: Record<string, number | string>;
  entries: ReportDuplicateEntry[];
}

export interface ReportData {
  /** What the page calls the corpus, e.g. "137 papers from 4 digests". */
  title: string;
  /** When and from what the index was built, shown in the page's footer. */
  source: { indexGeneration: string; indexCreatedAt: string; model: string } | null;
  projection: { method: ProjectionMethod; laidOut: number; seed: number };
  /** How themes were chosen ("auto k = 9"), null when the themes are unknown. */
  themeChoice: string | null;
  papers: ReportPaper[];
  themes: ReportTheme[];
  /** Null when duplicates were not computed (shown as "unknown", not as "none"). */
  duplicateGroups: ReportDuplicateGroup[] | null;
}
