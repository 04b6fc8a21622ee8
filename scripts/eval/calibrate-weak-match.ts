// Calibrates SEARCH.weakCosine: the dense cosine of the best hit for queries whose topic the
// sample corpus holds (test/fixtures/search-queries.json, and short ones) against queries on
// topics it lacks, and whether search would say "nothing is close" (every top-10 hit weak).
// Run: npx tsx scripts/eval/calibrate-weak-match.ts <index-dir of the sample digests>
import path from 'node:path';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import { PROJECT_ROOT, SEARCH } from '../../src/config.js';
import { createWeakMatchJudge } from '../../src/search/judge-match.js';
import { searchPapers } from '../../src/search/search-papers.js';
import { loadSearchQueries } from './search-eval.js';

/** Topics no sample paper is about (checked by reading the 137 titles). */
const ABSENT_TOPICS = [
  'speculative decoding',
  'protein structure prediction',
  'diffusion models for image generation',
  'lidar perception for autonomous driving',
  'legged robot locomotion with reinforcement learning',
  'graph neural networks for molecules',
  'federated learning with differential privacy',
  'quantum error correction',
  'weather forecasting with deep learning',
  'time series anomaly detection',
  '3D gaussian splatting',
  'text-to-video generation',
  'blockchain smart contract verification',
  'adversarial examples for image classifiers',
  'neural radiance fields',
  'optical character recognition of handwritten documents',
  'stock price prediction',
  'sign language translation',
  'satellite imagery land cover segmentation',
  'audio source separation',
];

/** Short queries on topics the sample holds: they score lower cosines than sentences do. */
const SHORT_PRESENT = ['KV cache compression', 'data selection', 'chain of thought', 'tool use', 'scaling laws', 'model merging', 'grokking', 'reward modeling', 'hallucination', 'tabular data'];

const indexDir = process.argv[2];
if (!indexDir) throw new Error('usage: calibrate-weak-match.ts <index-dir>');
const index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
const present = [...loadSearchQueries(path.join(PROJECT_ROOT, 'test', 'fixtures', 'search-queries.json'), index.papers).map((query) => query.query), ...SHORT_PRESENT];

async function judge(query: string): Promise<{ cosine: number; nothingClose: boolean }> {
  const [best] = await searchPapers(index, query, { mode: 'dense', topK: 1 });
  const hits = await searchPapers(index, query, { mode: 'hybrid', topK: SEARCH.defaultTopK });
  const isWeak = createWeakMatchJudge(query, SEARCH.weakCosine);
  return { cosine: best?.denseSimilarity ?? 0, nothingClose: hits.every(isWeak) };
}

const rows: { kind: string; query: string; cosine: number; nothingClose: boolean }[] = [];
for (const query of present) rows.push({ kind: 'present', query, ...(await judge(query)) });
for (const query of ABSENT_TOPICS) rows.push({ kind: 'absent', query, ...(await judge(query)) });
await index.close();

rows.sort((a, b) => b.cosine - a.cosine);
for (const row of rows) console.log(`${row.kind.padEnd(8)} ${row.cosine.toFixed(3)}  ${row.nothingClose ? 'nothing close' : 'close        '}  ${row.query}`);
for (const kind of ['present', 'absent']) {
  const own = rows.filter((row) => row.kind === kind);
  const cosines = own.map((row) => row.cosine);
  const said = own.filter((row) => row.nothingClose).length;
  console.log(`${kind}: best cosine ${Math.min(...cosines).toFixed(3)}-${Math.max(...cosines).toFixed(3)}; "nothing close" for ${said} of ${own.length}`);
}
