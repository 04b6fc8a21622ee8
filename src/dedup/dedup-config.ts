// Every default of duplicate detection in one place, with the reason for each value. (They belong
// with the other defaults in src/config.ts; they live here until that file gains a DEDUP section.)

export const DEDUP = {
  /**
   * The lowest text similarity (0.7 × abstract shingle containment + 0.3 × title similarity) at
   * which two postings are one paper. Re-posts of a sample paper score 0.8-1.0 and distinct papers
   * on the same topic stay below 0.3; 0.6 sits in that gap. Sensible range 0.4-0.9.
   */
  threshold: 0.6,
  /**
   * Embedding gate: a pair must be at least this close before its texts are compared. It narrows
   * the candidates and never decides alone (distinct papers on one topic reach 0.86). Full re-posts
   * score 0.93+, but a title with only its first sentence of abstract falls to 0.6-0.8 against the
   * full posting, so the gate sits at 0.7 (range 0.6-0.85).
   */
  minCosine: 0.7,
  /** Neighbours fetched per paper from the vector index (5-50). More finds larger clusters of re-posts. */
  neighbours: 10,
  /** Weights of the two lexical signals when both abstracts can be compared; they sum to 1. */
  abstractWeight: 0.7,
  titleWeight: 0.3,
  /** Words per shingle. Three keeps a shared phrase ("large language models") from counting as a match. */
  shingleWords: 3,
  /** An abstract with fewer shingles than this (title-only posting) is judged by its title alone. */
  minShingles: 10,
  /** With no abstract to compare, the titles must be nearly the same: a retouch, not a rewrite. */
  minTitleOnlySimilarity: 0.9,
  /** The group's lowest pairwise cosine is computed exactly up to this many papers, else over its links. */
  maxExactGroupPapers: 256,
} as const;
