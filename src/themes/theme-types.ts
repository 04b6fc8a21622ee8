// The shape of a themes result: what `papers themes`, the report and the server share.

export interface ThemeMember {
  ordinal: number;
  id: string;
  title: string;
  /** Cosine similarity of the paper to its theme's centroid. */
  similarity: number;
}

export interface Theme {
  /** 1-based: theme 1 is the largest (ties: the one holding the smallest paper id). clusters[id - 1]. */
  id: number;
  /** The top 2-3 key phrases joined with " · ". */
  label: string;
  keywords: string[];
  size: number;
  /** Every paper of the theme, most similar to the centroid first. */
  papers: ThemeMember[];
}

export interface ThemesResult {
  k: number;
  /** How k was chosen: "auto" (criterion over a range) or "fixed" (--k). */
  choice: 'auto' | 'fixed';
  clusters: Theme[];
  /** Theme id (1-based) of each paper, by paper ordinal. */
  assignments: number[];
  /** The criterion's value (mean cosine silhouette) for each k tried, in increasing k (auto only). */
  tried: { k: number; score: number }[];
}
