// The shape of a themes result: what `papers themes`, the report and the server share. Two levels
// from one Ward tree: topics (what a researcher names) and areas (groups of related topics).

export interface ThemeMember {
  /** Paper id. */
  id: string;
  title: string;
  /** Cosine similarity of the paper to its topic's centroid. */
  similarity: number;
  /** Other postings of this paper (a duplicate group) that the themes count as this one. */
  alsoPostedAs?: { id: string; title: string }[];
}

/** A topic: the first level. */
export interface Theme {
  /**
   * The library's stable topic id: kept while the topic exists (papers added later join it; a
   * re-clustering hands it on to the new topic holding most of its papers), never reused. A
   * one-off clustering (--k) numbers 1..k by each topic's smallest member id.
   */
  id: number;
  /** The area (ThemeArea.id) this topic belongs to. */
  areaId: number;
  /** The top 2-3 key phrases joined with " · ". */
  label: string;
  keywords: string[];
  size: number;
  /** Every paper of the topic, most similar to the centroid first. */
  papers: ThemeMember[];
}

/** An area: the second level, a union of related topics (a higher cut of the same tree). */
export interface ThemeArea {
  /** Numbered in order of each area's smallest member paper id when clustered; areas are not kept across re-clusterings. */
  id: number;
  /** The names of its largest topics. */
  label: string;
  /** Topic ids, largest topic first. */
  topicIds: number[];
  size: number;
}

/** The criterion's figures at one topic count (automatic choice only). */
export interface TopicCountTried {
  k: number;
  /** √(Ward merge cost) of the merge that would turn k topics into k − 1. */
  mergeHeight: number;
}

export interface ThemesResult {
  /** Number of topics. */
  k: number;
  /** How k was chosen: "auto" (the upper-tail rule on the Ward tree) or "fixed" (--k). */
  choice: 'auto' | 'fixed';
  /** The topics that hold papers, in increasing id. */
  clusters: Theme[];
  areas: ThemeArea[];
  /** Topic id of each paper, by paper id. */
  assignments: Record<string, number>;
  /** Merge height above which a merge splits topics (auto only; 0 when k was fixed). */
  threshold: number;
  /** Merge heights around the chosen k, in increasing k (auto only). */
  tried: TopicCountTried[];
}
