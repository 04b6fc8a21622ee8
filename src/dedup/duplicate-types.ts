// The shape of a duplicates result: what `papers dupes`, `papers index`, the report and the
// server share. Each kind of group carries its own evidence, told apart by `basis`.

export type DuplicateKind = 'identical' | 'revised' | 'rewritten';

export interface DuplicateEntry {
  /** Entry id (`<digest>#<position>`). */
  id: string;
  paperId: string;
  title: string;
  digest: string;
  /** The digest's own date ("Feb 17"), null when the digest has none. */
  date: string | null;
  position: number;
  /** The entry's arXiv id, when it came from arXiv metadata (missing in caches written before). */
  arxivId?: string | null;
}

/** Every entry carries one folded title and abstract. */
export interface IdenticalEvidence {
  basis: 'identical';
}

/** What every link-based group shows: the weakest accepted link and how many texts it joined. */
interface LinkEvidence {
  /** Cosine similarity of the weakest link's two papers. */
  linkCosine: number;
  /** Distinct texts (papers) joined in the group. */
  papers: number;
  /** Dice coefficient of the titles' character trigrams, 0-1. */
  titleSimilarity: number;
}

/** Two abstracts long enough to compare share most of their word shingles. */
export interface AbstractEvidence extends LinkEvidence {
  basis: 'abstract';
  /** Shared shingles over the shingles of the shorter abstract, 0-1. */
  abstractContainment: number;
  /** Shared shingles over all distinct shingles of both (Jaccard), 0-1. */
  abstractOverlap: number;
  /** abstractWeight × containment + titleWeight × title similarity: what the threshold judged. */
  textSimilarity: number;
}

/** At least one posting has no abstract to compare: the titles decided. */
export interface TitleEvidence extends LinkEvidence {
  basis: 'title';
  textSimilarity: number;
}

/**
 * Abstracts in different words that state the same specific facts: the same numbers and the same
 * named methods, models and data sets, rare enough in the corpus that distinct papers would share
 * them only by coincidence.
 */
export interface FactEvidence extends LinkEvidence {
  basis: 'facts';
  /** The facts both texts state, rarest first ("2.1×", "71.3", "llama-3-8b"). */
  sharedFacts: string[];
  /** Natural log of how unlikely sharing them all is by chance: Σ ln(papers / papers stating the fact). */
  factSurprise: number;
  /** The surprise this corpus requires: ln(papers × neighbours searched), see DEDUP.factSurpriseMargin. */
  requiredSurprise: number;
  abstractContainment: number;
  /** Author counts of the two postings, when both give one. */
  authors: [number, number] | null;
  /** Days between the two postings' dates, when both have one. */
  daysApart: number | null;
}

export type DuplicateEvidence = IdenticalEvidence | AbstractEvidence | TitleEvidence | FactEvidence;

interface GroupBase {
  /** Cosine similarity of the members' embeddings (the lowest pair in the group). */
  similarity: number;
  entries: DuplicateEntry[];
}

export type DuplicateGroup =
  | (GroupBase & { kind: 'identical'; evidence: IdenticalEvidence })
  | (GroupBase & { kind: 'revised'; evidence: AbstractEvidence | TitleEvidence })
  | (GroupBase & { kind: 'rewritten'; evidence: FactEvidence });
