// Scale: an index of 100,000 synthetic papers (see synthetic-corpus.ts: realistic text, synthetic
// vectors). HNSW build time, peak memory, warm query latency, HNSW recall@10 against exact search
// on 500 queries, size on disk, and cold CLI runs of search, themes and dupes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { currentModel, loadEmbedder } from '../../src/cli/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import { percentile, printRows, type BenchRow } from './bench-row.js';
import { timeCli } from './cli-bench.js';
import { createRandom } from '../../src/seeded-random.js';
import { unitVector } from './synthetic-corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function benchScale(size = 100_000, queries = 500): Promise<BenchRow[]> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-scale-'));
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'scale-build.ts'), indexDir, String(size)], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`scale build failed: ${child.stderr}`);
    const build = JSON.parse(child.stdout) as { hnswSeconds: number; lexicalSeconds: number; writeSeconds: number; peakRssMiB: number };

    const index = OpenIndex.open({ indexDir, model: currentModel(), loadEmbedder });
    const label = `${size / 1000}k papers`;
    let start = performance.now();
    const hnsw = index.vectorIndex();
    const loadSeconds = (performance.now() - start) / 1000;
    const vectors = index.vectors();
    const exact = new ExactIndex(vectors, 384);
    const random = createRandom(99);
    const probes = Array.from({ length: queries }, () => unitVector(random, 384, vectors[Math.floor(random() * vectors.length)], 0.08));
    const latencies: number[] = [];
    let recalled = 0;
    for (const probe of probes) {
      start = performance.now();
      const found = hnsw.search(probe, 10);
      latencies.push(performance.now() - start);
      const truth = new Set(exact.search(probe, 10).map((hit) => hit.ordinal));
      recalled += found.filter((hit) => truth.has(hit.ordinal)).length / 10;
    }
    const lexical = index.lexicalIndex();
    const lexicalLatencies = probes.slice(0, 100).map((_, i) => {
      const words = index.paperAt(i * 7).title.split(' ').slice(0, 4).join(' ');
      start = performance.now();
      lexical.search(words, 50);
      return performance.now() - start;
    });
    await index.close();
    const diskBytes = fs.readdirSync(indexDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);

    const search = timeCli(['--index-dir', indexDir, 'search', 'attention heads for long context retrieval']);
    const lexicalSearch = timeCli(['--index-dir', indexDir, 'search', '--mode', 'lexical', 'attention heads for long context retrieval']);
    const themes = timeCli(['--index-dir', indexDir, 'themes', '--k', '50', '--json']);
    const dupes = timeCli(['--index-dir', indexDir, 'dupes', '--json']);
    return [
      { name: `${label}: HNSW build (M 16, efConstruction 200)`, value: build.hnswSeconds, unit: 's' },
      { name: `${label}: BM25 build`, value: build.lexicalSeconds, unit: 's' },
      { name: `${label}: write index folder (checksums, fsync)`, value: build.writeSeconds, unit: 's' },
      { name: `${label}: peak memory of the build`, value: build.peakRssMiB, unit: 'MiB', target: '≤ 2048' },
      { name: `${label}: HNSW load`, value: loadSeconds, unit: 's' },
      { name: `${label}: dense query p50, warm (top 10)`, value: percentile(latencies, 50), unit: 'ms', target: '≤ 2' },
      { name: `${label}: dense query p95, warm (top 10)`, value: percentile(latencies, 95), unit: 'ms' },
      { name: `${label}: BM25 query p50, warm (top 50)`, value: percentile(lexicalLatencies, 50), unit: 'ms' },
      { name: `${label}: HNSW recall@10 vs exact, ${queries} queries`, value: recalled / queries, unit: 'recall', target: '≥ 0.98' },
      { name: `${label}: index size on disk`, value: diskBytes / 1024 / 1024, unit: 'MiB' },
      { name: `${label}: papers search, cold process (hybrid)`, value: search.seconds, unit: 's', target: '≤ 1.5' },
      { name: `${label}: papers search, cold process (lexical)`, value: lexicalSearch.seconds, unit: 's' },
      { name: `${label}: peak memory, papers search`, value: search.peakRssMiB, unit: 'MiB', target: '≤ 2048' },
      { name: `${label}: papers themes --k 50, cold process`, value: themes.seconds, unit: 's' },
      { name: `${label}: peak memory, papers themes`, value: themes.peakRssMiB, unit: 'MiB', target: '≤ 2048' },
      { name: `${label}: papers dupes, cold process`, value: dupes.seconds, unit: 's', target: '≤ 60' },
      { name: `${label}: peak memory, papers dupes`, value: dupes.peakRssMiB, unit: 'MiB', target: '≤ 2048' },
    ];
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchScale(Number(process.argv[2] ?? 100_000)));
