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
  /** The lexical evidence the decision used, e.g. titleSimilarity, abstractShingleOverlap. */
  evidence: Record<string, number | string>;
  entries: DuplicateEntry[];
}
