// `papers themes --paper <ref>`: the topic a paper is in and the topic-mates most like it.
import type { Theme, ThemeMember, ThemesResult } from './theme-types.js';
import { dotProduct } from '../vector-math.js';

export interface PaperTheme {
  theme: Theme;
  /** The paper as a member of its topic (similarity = to the topic's centroid). */
  member: ThemeMember;
  /** Other papers of the topic, most similar to this paper first (cosine similarity). */
  mates: ThemeMember[];
}

/** `vectorOf` gives a paper's unit vector by id; at most `count` mates. */
export function themeOfPaper(result: ThemesResult, paperId: string, vectorOf: (id: string) => Float32Array, count: number): PaperTheme {
  const theme = result.clusters.find((candidate) => candidate.id === result.assignments[paperId])!;
  const member = theme.papers.find((candidate) => candidate.id === paperId)!;
  const vector = vectorOf(paperId);
  const mates = theme.papers
    .filter((candidate) => candidate.id !== paperId)
    .map((candidate) => ({ ...candidate, similarity: dotProduct(vector, vectorOf(candidate.id)) }))
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
  return { theme, member, mates };
}
