// `papers recommend --tag` and `triage --for`: papers ranked by a classifier of one tag, trained on
// the papers carrying it against the rest of the library. A paper posted several times is one
// paper: its postings share their tags and it is ranked once.
import { TAGS } from '../config.js';
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import { PapersError } from '../errors.js';
import type { Paper } from '../ingest/types.js';
import { groupMembersById } from '../search/collapse-duplicates.js';
import { readLibraryTags, type TagSource } from './library-tags.js';
import { buildPaperFeatures, type FeatureKind } from './paper-features.js';
import { trainTagClassifier } from './train-tag-classifier.js';

export interface RecommendSource extends TagSource {
  readonly papers: Paper[];
  /** The vector of each paper, in the order of `papers`. */
  vectors(): Float32Array[];
}

export interface RecommendOptions {
  /** Papers ranked; by default every paper not carrying the tag. */
  candidateIds?: ReadonlySet<string>;
  /** Papers not in the library (a digest triaged with --dry-run), ranked with the candidates. */
  unstored?: readonly { paper: Paper; vector: Float32Array }[];
  /** Keep the best this many (default: all). */
  topK?: number;
  features?: FeatureKind;
  steps?: number;
  l2?: number;
  maxNegatives?: number;
}

export interface Recommendation {
  paper: Paper;
  /** The classifier's probability that the paper belongs with the tagged ones, 0-1. */
  tagProbability: number;
}

export interface RecommendResult {
  tag: string;
  /** Papers carrying the tag that the classifier learned from (one per duplicate group). */
  tagged: number;
  recommendations: Recommendation[];
}

export function recommendByTag(source: RecommendSource, tag: string, groups: readonly DuplicateGroup[], options: RecommendOptions = {}): RecommendResult {
  const settings = { features: TAGS.features, steps: TAGS.steps, l2: TAGS.l2, maxNegatives: TAGS.maxNegatives, ...options };
  const tags = readLibraryTags(source, groups);
  const taggedPapers = tags.listTagged(tag);
  if (taggedPapers.length === 0) {
    const known = tags.counts().map((count) => count.tag);
    const hint = known.length > 0 ? `the tags are ${known.join(', ')}` : 'tag a few papers first: papers tag <paper> <tag>';
    throw new PapersError('NOT_FOUND', `no paper has the tag "${tag}"`, hint);
  }
  const carrying = tags.papersTagged(tag);
  const unstored = settings.unstored ?? [];
  const papers = unstored.length === 0 ? source.papers : [...source.papers, ...unstored.map((extra) => extra.paper)];
  const unstoredIds = new Set(unstored.map((extra) => extra.paper.id));
  const ordinalOf = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
  const positiveOrdinals = taggedPapers.map((paper) => ordinalOf.get(paper.id)!);
  // Paper ids are hashes, so the smallest ones are a fixed, even sample of a large library.
  const negativeOrdinals = source.papers.flatMap((paper, ordinal) => (carrying.has(paper.id) ? [] : [ordinal])).slice(0, settings.maxNegatives);
  const isCandidate = (paper: Paper) => unstoredIds.has(paper.id) || (!carrying.has(paper.id) && (!settings.candidateIds || settings.candidateIds.has(paper.id)));
  const candidates = papers.flatMap((paper, ordinal) => (isCandidate(paper) ? [ordinal] : []));
  // Features only for the papers trained on and ranked: a morning's 50 new papers against a large
  // library cost the sample, not the library.
  const needed = [...new Set([...positiveOrdinals, ...negativeOrdinals, ...candidates])].sort((a, b) => a - b);
  const vectors = unstored.length === 0 ? source.vectors() : [...source.vectors(), ...unstored.map((extra) => extra.vector)];
  const neededFeatures = buildPaperFeatures(
    needed.map((ordinal) => papers[ordinal]!),
    needed.map((ordinal) => vectors[ordinal]!),
    { kind: settings.features, maxTerms: TAGS.maxTerms },
  );
  const featuresOf = new Map(needed.map((ordinal, position) => [ordinal, neededFeatures[position]!]));
  const classify = trainTagClassifier(
    positiveOrdinals.map((ordinal) => featuresOf.get(ordinal)!),
    negativeOrdinals.map((ordinal) => featuresOf.get(ordinal)!),
    { steps: settings.steps, l2: settings.l2, denseDimensions: vectors[0]?.length },
  );
  const probabilities = classify(candidates.map((ordinal) => featuresOf.get(ordinal)!));
  const ranked = candidates
    .map((ordinal, position) => ({ paper: papers[ordinal]!, tagProbability: probabilities[position]! }))
    .sort((a, b) => b.tagProbability - a.tagProbability || (a.paper.id < b.paper.id ? -1 : 1));
  const membersOf = groupMembersById(groups);
  const shown = new Set<string>();
  const recommendations: Recommendation[] = [];
  for (const recommendation of ranked) {
    if (shown.has(recommendation.paper.id)) continue;
    for (const member of membersOf.get(recommendation.paper.id) ?? []) shown.add(member.id);
    recommendations.push(recommendation);
    if (recommendations.length === settings.topK) break;
  }
  return { tag, tagged: taggedPapers.length, recommendations };
}
