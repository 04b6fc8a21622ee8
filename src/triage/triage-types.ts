// The shape of a triage: what `papers triage` prints and its `--json` carries. Field names are
// part of the command's contract (documented in the README); add fields, never rename them.
import type { DuplicateEvidence } from '../dedup/duplicate-types.js';

export type RepostKind = 'identical' | 'revised' | 'rewritten';

/** Where a library paper was first seen: its earliest digest, by the digests' dates. */
export interface FirstSeen {
  entryId: string;
  digest: string;
  /** The digest's date as it printed it ("Feb 17"); null when the digest has none. */
  date: string | null;
}

/** A paper of the digest that the library already holds, word for word or in another version. */
export interface Repost {
  kind: RepostKind;
  paperId: string;
  title: string;
  /** Its entries in the triaged digests (`<digest>#<position>`). */
  entryIds: string[];
  original: {
    paperId: string;
    title: string;
    firstSeen: FirstSeen;
    /** Every library digest that carried the original. */
    digests: string[];
    /** Cosine similarity of the two versions (1 for an identical re-post). */
    cosineSimilarity: number;
  };
  /** What joined the two, as `papers dupes` shows it; { basis: 'identical' } for a word-for-word re-post. */
  evidence: DuplicateEvidence;
}

/** The library topic a new paper sits closest to, and whether it fits there. */
export interface TopicPlacement {
  topicId: number;
  label: string;
  areaId: number;
  /** Cosine similarity of the paper to the topic's centroid. */
  centroidCosine: number;
  /** The centroid cosine a paper needs to fit the topic (its members' lower tail). */
  fitFloor: number;
  fits: boolean;
}

export interface LibraryNeighbour {
  paperId: string;
  title: string;
  cosineSimilarity: number;
}

/** A paper of the digest that the library does not hold in any version. */
export interface NewPaper {
  paperId: string;
  title: string;
  entryIds: string[];
  /** The nearest topic, fitting or not; null when the library has no topics. */
  topic: TopicPlacement | null;
  /** True when the paper fits no existing topic well (topic is then the nearest one, for reference). */
  fitsNoTopic: boolean;
  /** The library papers nearest to it, most similar first (cosine). */
  nearest: LibraryNeighbour[];
  /** 1 − the cosine of the nearest library paper: 0 for a paper the library nearly holds, higher is newer. */
  novelty: number;
  /** With `--for <tag>`: the tag classifier's probability that the paper belongs with the tagged ones. */
  tagProbability?: number;
}

export interface TopicCount {
  /** null for the papers that fit no topic. */
  topicId: number | null;
  label: string;
  newPapers: number;
}

export interface TriageDigest {
  file: string;
  digest: string;
  date: string | null;
  entries: number;
}

export interface TriageReport {
  digests: TriageDigest[];
  /** With `--for <tag>`: the tag the new papers are ordered by (best fit first, not most novel). */
  forTag?: string;
  counts: {
    entries: number;
    /** Distinct papers in the triaged digests. */
    papers: number;
    reposts: number;
    identical: number;
    revised: number;
    rewritten: number;
    new: number;
    fitsNoTopic: number;
  };
  /** New papers by the topic they fit, most first; the papers that fit none last. */
  newByTopic: TopicCount[];
  /** Most novel first. */
  newPapers: NewPaper[];
  /** In the order of their first entry in the digests. */
  reposts: Repost[];
}
