// What the tag classifier reads of each paper: its embedding, or its embedding beside the TF-IDF of
// its words (log term counts, smoothed IDF, each half scaled to length 1/√2 so the two weigh alike).
import type { Paper } from '../ingest/types.js';
import { termsOf } from '../search/terms.js';

export type FeatureKind = 'embedding' | 'embedding+tfidf';

export interface FeatureOptions {
  kind: FeatureKind;
  /** TF-IDF vocabulary size: the words used by the most papers, but by at most half of them. */
  maxTerms: number;
}

/** The features of each paper, in the order given. */
export function buildPaperFeatures(papers: readonly Paper[], vectors: readonly Float32Array[], options: FeatureOptions): Float32Array[] {
  if (options.kind === 'embedding') return [...vectors];
  const termCounts = papers.map((paper) => countTerms(termsOf(`${paper.title}\n${paper.abstract}`)));
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts) for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vocabulary = [...documentFrequency]
    .filter(([, frequency]) => frequency >= 2 && frequency <= papers.length / 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxTerms);
  const column = new Map(vocabulary.map(([term], position) => [term, position]));
  const idf = vocabulary.map(([, frequency]) => Math.log((1 + papers.length) / (1 + frequency)) + 1);
  return vectors.map((vector, ordinal) => {
    const features = new Float32Array(vector.length + vocabulary.length);
    const half = Math.SQRT1_2;
    for (let d = 0; d < vector.length; d += 1) features[d] = vector[d]! * half;
    let norm = 0;
    for (const [term, count] of termCounts[ordinal]!) {
      const position = column.get(term);
      if (position === undefined) continue;
      const value = (1 + Math.log(count)) * idf[position]!;
      features[vector.length + position] = value;
      norm += value * value;
    }
    if (norm > 0) {
      const scale = half / Math.sqrt(norm);
      for (let d = vector.length; d < features.length; d += 1) features[d]! *= scale;
    }
    return features;
  });
}

function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
