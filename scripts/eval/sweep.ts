import type { Embedder } from '../../src/embedding/embedder.js';
import { evaluateCsfcube, type Ranker } from './csfcube-eval.js';
const stub: Embedder = { modelId: 'x', fingerprint: process.env.FP ?? '011f6eb3216d0974', dimensions: 384, maxTokens: 256, embed: async () => { throw new Error('not cached'); }, dispose: async () => undefined };
const rankers: Ranker[] = [
  { name: 'dense', kind: 'similar', mode: 'dense' },
  { name: 'lexical', kind: 'similar', mode: 'lexical' },
  { name: 'rrf 1:1 k5', kind: 'search-rrf' },
  { name: 'rrf 2:1 k5', kind: 'search-rrf', fusion: { rrfK: 5, denseWeight: 2, lexicalWeight: 1, depth: 0 } },
  { name: 'rrf 1:1 k60', kind: 'search-rrf', fusion: { rrfK: 60, denseWeight: 1, lexicalWeight: 1, depth: 0 } },
  { name: 'rrf 3:1 k60', kind: 'search-rrf', fusion: { rrfK: 60, denseWeight: 3, lexicalWeight: 1, depth: 0 } },
  ...[0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5].map((w): Ranker => ({ name: `scores ${w}`, kind: 'similar', mode: 'hybrid', fusion: { denseWeight: w, lexicalWeight: 1 - w, depth: 0 } })),
];
const { rows } = await evaluateCsfcube(stub, rankers);
console.table(rows.map((r) => ({ ranker: r.ranker, ndcg20: r.ndcg20.toFixed(4), map: r.map.toFixed(4) })));
