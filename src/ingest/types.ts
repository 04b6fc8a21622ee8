// The two levels of the corpus: an Entry is one occurrence of a paper in one digest; a Paper is
// one distinct title + abstract, with every entry that carried it.

/** What a parser reads for one entry: the posting itself, before it is placed in a corpus. */
export interface RawEntry {
  /** 1-based line of the entry's title in its file. */
  line: number;
  title: string;
  abstract: string;
  authors: number | null;
  organisation: string | null;
  /** The paper's date as printed ("Jul 15, 2025", "Feb 6"); null when the entry has none. */
  published: string | null;
  /** ISO date when the year is known, "--MM-DD" when it is not, null when there is no date. */
  publishedIso: string | null;
  upvotes: number | null;
  /** The paper's id in an outside catalogue (the arXiv id), when its source gives one. */
  externalId?: string | null;
  /** The source's subject categories (arXiv's "cs.CL"), when it gives them. */
  categories?: string[];
}

export interface Entry extends RawEntry {
  /** `<digest>#<position>`: unique within an index. */
  id: string;
  /** The paper this entry carries. */
  paperId: string;
  /** Path of the source file as given (relative to the working directory when inside it). */
  file: string;
  /** The source file's name: how a digest is shown to the user. */
  digest: string;
  /** The digest's own date as printed in its header ("Feb 17"); null when it has none. */
  digestDate: string | null;
  /** 1-based position of the entry in its digest. */
  position: number;
}

export interface Paper {
  /** Stable id: a hash of the normalised title and abstract. */
  id: string;
  title: string;
  abstract: string;
  /** Ids of the entries that carried this paper, in canonical order. */
  entryIds: string[];
  digests: string[];
  /**
   * The date in each digest's header ("Feb 17"), aligned with `digests`; null for a digest with
   * none. Missing in indexes written before it was recorded.
   */
  digestDates?: (string | null)[];
  authors: number | null;
  organisation: string | null;
  published: string | null;
  publishedIso: string | null;
  /** The highest upvote count seen across its entries. */
  upvotes: number | null;
  /** The paper's id in an outside catalogue (the arXiv id), when an entry gives one. */
  externalId?: string | null;
  /** Subject categories, when an entry gives them. */
  categories?: string[];
}

/** A problem in one input that did not stop the others from going in. */
export interface IngestWarning {
  file: string;
  line: number | null;
  message: string;
}
