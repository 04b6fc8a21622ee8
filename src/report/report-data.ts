// The plain data object the report page is drawn from: built once in Node, embedded in the page
// as JSON, and read by the page's own script (src/report/page), type-checked against these types.
// Papers, topics and areas are referred to by their index in these arrays.
import type { DuplicateKind } from '../dedup/duplicate-types.js';

export type ProjectionMethod = 'pca' | 'umap' | 'umap-sample';

export interface ReportAppearance {
  /** The digest's file name, shown on hover. */
  digest: string;
  /** The digest's date as shown ("17 Feb (year not given)"), null when it has none. */
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
  /** At most REPORT.maxAbstractChars characters; `abridged` says when it was cut. */
  abstract: string;
  abridged: boolean;
  /** The paper's date as shown ("6 Feb (year not given)", "15 Jul 2025"), null when unknown. */
  published: string | null;
  upvotes: number | null;
  authors: number | null;
  organisation: string | null;
  /** The arXiv id (no version), when the paper came from arXiv metadata or joined a record of it. */
  arxivId: string | null;
  appearances: ReportAppearance[];
  /** Position on the map, in [0, 1]² (y grows downwards, as on screen). */
  x: number;
  y: number;
  /** Index into `topics`, null when the themes are unknown. */
  topic: number | null;
  /** The nearest other papers, most similar first. */
  nearest: ReportNeighbour[];
  /** Indexes into `duplicateGroups` of the groups this paper belongs to. */
  duplicateGroups: number[];
  /**
   * For a re-post that `dupes` joined to another paper: the ordinal of the paper it is drawn as
   * (one point per paper); the re-post has no point of its own. Null otherwise.
   */
  representedBy: number | null;
  /** Ordinals of the re-posts this paper's point stands for ("also posted as"). */
  alsoPostedAs: number[];
}

/** A theme at the field's granularity ("KV cache compression"): what the map names. */
export interface ReportTopic {
  id: number;
  label: string;
  keywords: string[];
  size: number;
  /** Index into `areas`. */
  area: number;
  /** Where the topic's name is drawn: the median position of its papers, in [0, 1]². */
  x: number;
  y: number;
}

/** Related topics grouped: one colour family on the map, one level up in the legend. */
export interface ReportArea {
  id: number;
  label: string;
  size: number;
  /** Indexes into `topics`, largest first. */
  topics: number[];
}

export interface ReportDuplicateEntry {
  entryId: string;
  /** Ordinal of the paper the entry carries, null if the index no longer has it. */
  ordinal: number | null;
  title: string;
  /** The digest's file name, shown on hover. */
  digest: string;
  /** The digest's date as shown, null when it has none. */
  date: string | null;
  position: number;
}

export interface ReportDuplicateGroup {
  kind: DuplicateKind;
  /** Lowest pairwise cosine similarity in the group. */
  similarity: number;
  /** Why the postings are one paper, in words. */
  reason: string;
  entries: ReportDuplicateEntry[];
}

/** A paper of the latest digest that the library had seen before. */
export interface ReportRepost {
  ordinal: number;
  /** The paper first posted (itself when the text is the same), null if the report lacks it. */
  original: number | null;
  /** identical: the same text; revised or rewritten: another posting of it, as `dupes` groups them. */
  kind: DuplicateKind;
  /** The date of the digest it was first seen in, as shown; null when that digest has none. */
  firstSeen: string | null;
  firstSeenDigest: string;
}

/** The digest added last: what is new in it and what was seen before. */
export interface ReportLatestDigest {
  /** Its date as shown, null when it prints none. */
  date: string | null;
  /** File names of the digests of that date added last (usually one). */
  digests: string[];
  /** Distinct papers in it. */
  papers: number;
  /** Ordinals of its papers the library had not seen before. */
  newPapers: number[];
  reposts: ReportRepost[];
}

export interface ReportData {
  /** What the page calls the corpus, e.g. "137 papers from 4 digests". */
  title: string;
  /** When and from what the index was built, shown in the page's footer. */
  source: { indexGeneration: string; indexCreatedAt: string; model: string } | null;
  projection: { method: ProjectionMethod; laidOut: number; seed: number };
  /** How the topics were chosen ("chosen automatically"), null when the themes are unknown. */
  themeChoice: string | null;
  papers: ReportPaper[];
  topics: ReportTopic[];
  areas: ReportArea[];
  /** Null when duplicates were not computed (shown as "unknown", not as "none"). */
  duplicateGroups: ReportDuplicateGroup[] | null;
  /** The latest digest's new papers and re-posts; null when the library's sources are unknown. */
  latestDigest: ReportLatestDigest | null;
}
