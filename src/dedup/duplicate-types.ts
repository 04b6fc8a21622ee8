// The shape of a duplicates result: what `papers dupes`, `papers index`, the report and the
// server share.

export type DuplicateKind = 'identical' | 'revised';

export interface DuplicateEntry {
  /** Entry id (`<digest>#<position>`). */
  id: string;
  paperId: string;
  title: string;
  digest: string;
  /** The digest's own date ("Feb 17"), null when the digest has none. */
  date: string | null;
  position: number;
}

export interface DuplicateGroup {
  kind: DuplicateKind;
  /** Cosine similarity of the members' embeddings (the lowest pair in the group). */
  similarity: number;
  /**
   * The lexical evidence the decision used, rounded to 4 decimals: `basis` ('identical', 'abstract'
   * or 'title'), titleSimilarity, abstractContainment, abstractOverlap and textSimilarity (all 0-1).
   * A revised group shows its weakest accepted link, with that link's `linkCosine`, and `papers`,
   * the number of distinct texts joined.
   */
  evidence: Record<string, number | string>;
  entries: DuplicateEntry[];
}
