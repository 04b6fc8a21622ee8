// `papers themes --paper <ref>`: the theme a paper is in and the theme-mates most like it.
import type { Theme, ThemeMember, ThemesResult } from './theme-types.js';
import { dotProduct } from './vector-math.js';

export interface PaperTheme {
  theme: Theme;
  /** The paper as a member of its theme (similarity = to the theme's centroid). */
  member: ThemeMember;
  /** Other papers of the theme, most similar to this paper first (cosine similarity). */
  mates: ThemeMember[];
}

/** `vectors` are the unit vectors by ordinal; at most `count` mates. */
export function themeOfPaper(result: ThemesResult, ordinal: number, vectors: Float32Array[], count: number): PaperTheme {
  const theme = result.clusters[result.assignments[ordinal]! - 1]!;
  const member = theme.papers.find((candidate) => candidate.ordinal === ordinal)!;
  const mates = theme.papers
    .filter((candidate) => candidate.ordinal !== ordinal)
    .map((candidate) => ({ ...candidate, similarity: dotProduct(vectors[ordinal]!, vectors[candidate.ordinal]!) }))
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
  return { theme, member, mates };
}
