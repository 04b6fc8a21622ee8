// "Papers like this one": an unseen abstract (or an indexed paper's own text) as a long query.
// Dense alone finds papers on the same topic; BM25 over the whole abstract adds the rare words
// (method names, data sets) that pin down the same paper rewritten. The two are fused by score,
// weighted towards dense (see SIMILAR in config.ts for the figures behind the weights).
import { SIMILAR } from '../config.js';
import { fuseScores } from './fuse-scores.js';
import { extraFor, toHits, type Searchable, type SearchHit, type SearchMode, type SearchOptions } from './search-papers.js';

export interface SimilarFusion {
  denseWeight: number;
  lexicalWeight: number;
  /** Candidates each list contributes before fusion. */
  depth: number;
}

export const DEFAULT_SIMILAR_FUSION: SimilarFusion = { denseWeight: SIMILAR.denseWeight, lexicalWeight: SIMILAR.lexicalWeight, depth: SIMILAR.depth };

export interface SimilarQuery {
  /** Title and abstract, or an abstract alone. */
  text: string;
  /** The text's vector when already known (an indexed paper's own); embedded otherwise. */
  vector?: Float32Array;
}

export interface SimilarOptions extends Pick<SearchOptions, 'topK' | 'excludeIds' | 'duplicates'> {
  mode: SearchMode;
  fusion?: SimilarFusion;
}

export async function findSimilar(index: Searchable, query: SimilarQuery, options: SimilarOptions): Promise<SearchHit[]> {
  const fusion = options.fusion ?? DEFAULT_SIMILAR_FUSION;
  const depth = Math.max(options.topK + extraFor(options.duplicates), fusion.depth);
  const vector = options.mode === 'lexical' ? null : (query.vector ?? (await index.embedQuery(query.text)));
  const dense = vector ? await index.vectorIndex().search(vector, depth, { excludeIds: options.excludeIds }) : [];
  const lexical = options.mode === 'dense' ? [] : await index.lexicalIndex().search(query.text, depth, { excludeIds: options.excludeIds });
  const ranked =
    options.mode === 'dense'
      ? dense.map((hit) => ({ id: hit.id, score: hit.cosineSimilarity }))
      : options.mode === 'lexical'
        ? lexical.map((hit) => ({ id: hit.id, score: hit.bm25 }))
        : fuseScores([
            { hits: dense.map((hit) => ({ id: hit.id, value: hit.cosineSimilarity })), weight: fusion.denseWeight },
            { hits: lexical.map((hit) => ({ id: hit.id, value: hit.bm25 })), weight: fusion.lexicalWeight },
          ]).map((hit) => ({ id: hit.id, score: hit.fusedScore }));
  return toHits(index, ranked, dense, lexical, options);
}
