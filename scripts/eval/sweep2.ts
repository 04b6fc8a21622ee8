import type { Embedder } from '../../src/embedding/embedder.js';
import { TransformersEmbedder } from '../../src/embedding/transformers-embedder.js';
import { evaluateFixtureDupes } from './fixtures-eval.js';
import { describeEvidence } from '../../src/dedup/describe-evidence.js';
const embedder: Embedder = await TransformersEmbedder.load();
const d = await evaluateFixtureDupes(embedder);
console.table(d.rows);
for (const g of d.groups) console.log(g.kind, g.entries.map((e) => e.title.slice(0, 40)).join(' | '), '\n   ', describeEvidence(g));
await embedder.dispose();
