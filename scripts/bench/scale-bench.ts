// Scale: a library of 100,000 synthetic papers (see synthetic-corpus.ts: realistic text, synthetic
// vectors, not model output), built through the real pipeline. Build time and peak memory, size
// on disk, HNSW recall@10 against exact search, warm and cold hybrid search, and the headline: the
// wall time of `papers index` adding a 50-paper digest (real arXiv abstracts, embedded by the model).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openIndexAt } from '../../src/cli/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { searchPapers } from '../../src/search/search-papers.js';
import { createRandom } from '../../src/seeded-random.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import { percentile, printRows, type BenchRow } from './bench-row.js';
import { timeCli } from './cli-bench.js';
import { unitVector } from './synthetic-corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARXIV = path.join(PROJECT_ROOT, '..', 'shared', 'data', 'arxiv', 'papers_ml4_20k.jsonl');

export async function benchScale(size = 100_000, queries = 500): Promise<BenchRow[]> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-scale-'));
  const indexDir = path.join(workDir, 'index');
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'scale-build.ts'), indexDir, String(size), workDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`scale build failed: ${child.stderr}`);
    const build = JSON.parse(child.stdout) as { buildSeconds: number; papers: number; missing: number; peakRssMiB: number };
    const label = `${size / 1000}k papers`;
    const diskBytes = folderBytes(indexDir);

    const cold = timeCli(['--index-dir', indexDir, 'search', 'attention heads for long context retrieval']);
    const coldLexical = timeCli(['--index-dir', indexDir, 'search', '--mode', 'lexical', 'attention heads for long context retrieval']);

    const index = openIndexAt({ indexDir });
    let start = performance.now();
    const hnsw = index.vectorIndex();
    const loadSeconds = (performance.now() - start) / 1000;
    const vectors = index.vectors();
    const ids = index.papers.map((paper) => paper.id);
    const exact = ExactIndex.fromVectors(ids, vectors);
    const random = createRandom(99);
    const probes = Array.from({ length: queries }, () => unitVector(random, 384, vectors[Math.floor(random() * vectors.length)], 0.08));
    const denseLatencies: number[] = [];
    let recalled = 0;
    for (const probe of probes) {
      start = performance.now();
      const found = await hnsw.search(probe, 10);
      denseLatencies.push(performance.now() - start);
      const truth = new Set(exact.searchNow(probe, 10).map((hit) => hit.id));
      recalled += found.filter((hit) => truth.has(hit.id)).length / 10;
    }
    await searchPapers(index, 'warm up', { mode: 'hybrid', topK: 10 });
    const hybridLatencies: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const words = index.papers[(i * 997) % index.papers.length]!.title.split(' ').slice(0, 5).join(' ');
      start = performance.now();
      await searchPapers(index, words, { mode: 'hybrid', topK: 10 });
      hybridLatencies.push(performance.now() - start);
    }
    await index.close();

    const digest = path.join(workDir, 'new-digest.jsonl');
    fs.writeFileSync(digest, fs.readFileSync(ARXIV, 'utf8').split('\n').slice(0, 50).join('\n') + '\n');
    const add = timeCli(['--index-dir', indexDir, 'index', digest]);
    timeCli(['--index-dir', indexDir, 'remove', digest]);
    const readd = timeCli(['--index-dir', indexDir, 'index', digest]);
    const afterAdd = timeCli(['--index-dir', indexDir, 'search', 'attention heads for long context retrieval']);

    return [
      { name: `${label}: build through the pipeline (synthetic vectors, no model)`, value: build.buildSeconds, unit: 's' },
      { name: `${label}: peak memory of the build`, value: build.peakRssMiB, unit: 'MiB', target: '≤ 6144 at 1M' },
      { name: `${label}: index size on disk (papers.db + graph)`, value: diskBytes / 1024 / 1024, unit: 'MiB' },
      { name: `${label}: HNSW load and label map, in process`, value: loadSeconds, unit: 's' },
      { name: `${label}: HNSW recall@10 vs exact, ${queries} queries`, value: recalled / queries, unit: 'recall', target: '≥ 0.98' },
      { name: `${label}: dense query p50, warm (top 10)`, value: percentile(denseLatencies, 50), unit: 'ms' },
      { name: `${label}: hybrid query p50, warm (model + HNSW + FTS5)`, value: percentile(hybridLatencies, 50), unit: 'ms' },
      { name: `${label}: hybrid query p95, warm`, value: percentile(hybridLatencies, 95), unit: 'ms' },
      { name: `${label}: papers search, cold process (hybrid)`, value: cold.seconds, unit: 's', target: '≤ 0.8' },
      { name: `${label}: papers search, cold process (lexical)`, value: coldLexical.seconds, unit: 's' },
      { name: `${label}: peak memory, papers search`, value: cold.peakRssMiB, unit: 'MiB' },
      { name: `${label}: papers index of a 50-paper digest (50 embedded)`, value: add.seconds, unit: 's', target: '≤ 5' },
      { name: `${label}: the same digest again after papers remove (0 embedded)`, value: readd.seconds, unit: 's' },
      { name: `${label}: papers search, cold, after the add`, value: afterAdd.seconds, unit: 's' },
    ];
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function folderBytes(folder: string): number {
  return fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).reduce((sum, entry) => sum + fs.statSync(path.join(folder, entry.name)).size, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchScale(Number(process.argv[2] ?? 100_000)));
