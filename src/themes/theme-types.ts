// The shape of a themes result: what `papers themes`, the report and the server share.

export interface ThemeMember {
  ordinal: number;
  id: string;
  title: string;
  /** Cosine similarity of the paper to its theme's centroid. */
  similarity: number;
}

export interface Theme {
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
  /** Theme id of each paper, by paper ordinal. */
  assignments: number[];
  /** The criterion's value for each k tried (auto only). */
  tried: { k: number; score: number }[];
}
