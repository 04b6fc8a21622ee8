// Scale: libraries of 100,000 and 1,000,000 synthetic papers (synthetic-corpus.ts: realistic text,
// synthetic vectors, not model output), built through the real pipeline and cached in
// ~/.cache/papers-bench so a rerun only measures. Build time, CPU and peak memory, size on disk,
// HNSW recall@10 against an exact scan of the stored vectors, warm and cold hybrid search, and the
// headline: `papers index` adding a 50-paper digest (real arXiv abstracts), embedded and not.
// PAPERS_BENCH_SIZES=100000 picks the sizes (default 100000,1000000).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openIndexAt } from '../../src/cli/context.js';
import { HNSW, INDEX_FORMAT_VERSION, PROJECT_ROOT } from '../../src/config.js';
import { searchPapers } from '../../src/search/search-papers.js';
import { createRandom } from '../../src/seeded-random.js';
import { vectorOfBlob } from '../../src/store/rows.js';
import { dotProduct } from '../../src/vector-math.js';
import { percentile, printRows, type BenchRow } from './bench-row.js';
import { timeCli } from './cli-bench.js';
import { DIMENSIONS, unitVector } from './synthetic-corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARXIV = path.join(PROJECT_ROOT, '..', 'shared', 'data', 'arxiv', 'papers_ml4_20k.jsonl');
const CACHE = path.join(os.homedir(), '.cache', 'papers-bench');
/** Part of the cache key: bumped when the synthetic corpus or the way it is built changes. */
const CORPUS_VERSION = 2;
const QUERY = 'attention heads for long context retrieval';

export async function benchScale(sizes = sizesWanted()): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) rows.push(...(await benchSize(size)));
  return rows;
}

function sizesWanted(): number[] {
  return (process.env.PAPERS_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
}

async function benchSize(size: number): Promise<BenchRow[]> {
  const label = size >= 1e6 ? `${size / 1e6}M papers` : `${size / 1000}k papers`;
  const { indexDir, build } = cachedLibrary(size);
  const diskBytes = folderBytes(indexDir);

  const cold = timeCli(['--index-dir', indexDir, 'search', QUERY]);
  const coldAgain = timeCli(['--index-dir', indexDir, 'search', QUERY]);
  const coldLexical = timeCli(['--index-dir', indexDir, 'search', '--mode', 'lexical', QUERY]);

  const index = openIndexAt({ indexDir });
  let start = performance.now();
  const hnsw = index.vectorIndex();
  const loadSeconds = (performance.now() - start) / 1000;
  const { probes, truth } = exactNeighbours(indexDir, index.meta.model.fingerprint, size >= 1e6 ? 100 : 500);
  const denseLatencies: number[] = [];
  let recalled = 0;
  for (const [ordinal, probe] of probes.entries()) {
    start = performance.now();
    const found = await hnsw.search(probe, 10);
    denseLatencies.push(performance.now() - start);
    recalled += found.filter((hit) => truth[ordinal]!.has(hit.id)).length / 10;
  }
  await searchPapers(index, 'warm up', { mode: 'hybrid', topK: 10 });
  const words = sampleTitles(indexDir, 100);
  const hybridLatencies: number[] = [];
  for (const query of words) {
    start = performance.now();
    await searchPapers(index, query, { mode: 'hybrid', topK: 10 });
    hybridLatencies.push(performance.now() - start);
  }
  await index.close();

  // A different 50 arXiv papers each run: the cached library keeps the vectors of earlier runs.
  const generation = index.meta.generation;
  const lines = fs.readFileSync(ARXIV, 'utf8').split('\n').filter(Boolean);
  const offset = (generation * 50) % (lines.length - 50);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-scale-'));
  const digest = path.join(workDir, `new-digest-${generation}.jsonl`);
  fs.writeFileSync(digest, lines.slice(offset, offset + 50).join('\n') + '\n');
  try {
    const add = timeCli(['--index-dir', indexDir, 'index', digest]);
    const afterAdd = timeCli(['--index-dir', indexDir, 'search', QUERY]);
    const remove = timeCli(['--index-dir', indexDir, 'remove', digest]);
    const readd = timeCli(['--index-dir', indexDir, 'index', digest]);
    timeCli(['--index-dir', indexDir, 'remove', digest]);
    return [
      { name: `${label}: build through the pipeline, wall (synthetic vectors, no model; chunks of ${build.chunkSize})`, value: build.buildSeconds, unit: 's' },
      { name: `${label}: build, CPU time (user + system)`, value: build.cpuSeconds, unit: 's' },
      { name: `${label}: peak memory of the build`, value: build.peakRssMiB, unit: 'MiB', target: '≤ 6144 at 1M' },
      { name: `${label}: index size on disk (papers.db + graph)`, value: diskBytes / 1024 / 1024, unit: 'MiB' },
      { name: `${label}: HNSW load, in process`, value: loadSeconds, unit: 's' },
      { name: `${label}: HNSW recall@10 vs exact, ${probes.length} queries`, value: recalled / probes.length, unit: 'recall', target: '≥ 0.98' },
      { name: `${label}: dense query p50, warm (top 10)`, value: percentile(denseLatencies, 50), unit: 'ms' },
      { name: `${label}: hybrid query p50, warm (model + HNSW + FTS5)`, value: percentile(hybridLatencies, 50), unit: 'ms' },
      { name: `${label}: hybrid query p95, warm`, value: percentile(hybridLatencies, 95), unit: 'ms' },
      { name: `${label}: papers search, cold process (hybrid), first run`, value: cold.seconds, unit: 's', target: size >= 1e6 ? '≤ 2' : '≤ 0.8' },
      { name: `${label}: papers search, cold process (hybrid), second run`, value: coldAgain.seconds, unit: 's' },
      { name: `${label}: papers search, cold process, CPU`, value: cold.cpuSeconds, unit: 's' },
      { name: `${label}: papers search, cold process (lexical)`, value: coldLexical.seconds, unit: 's' },
      { name: `${label}: peak memory, papers search`, value: cold.peakRssMiB, unit: 'MiB' },
      { name: `${label}: papers index of a 50-paper digest (50 embedded)`, value: add.seconds, unit: 's', target: size >= 1e6 ? '≤ 10' : '≤ 5' },
      { name: `${label}: the same add, CPU`, value: add.cpuSeconds, unit: 's' },
      { name: `${label}: papers search, cold, after the add`, value: afterAdd.seconds, unit: 's' },
      { name: `${label}: papers remove of that digest`, value: remove.seconds, unit: 's' },
      { name: `${label}: the same digest again (vectors stored, 0 embedded)`, value: readd.seconds, unit: 's' },
      { name: `${label}: the same, CPU`, value: readd.cpuSeconds, unit: 's' },
    ];
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

interface BuildFigures {
  buildSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  papers: number;
  chunkSize: number;
}

/** The library of this size from the cache, built first (in a child process) when there is none. */
function cachedLibrary(size: number): { indexDir: string; build: BuildFigures } {
  const key = `synthetic-${size}-v${CORPUS_VERSION}-f${INDEX_FORMAT_VERSION}-m${HNSW.m}-ef${HNSW.efConstruction}`;
  const folder = path.join(CACHE, key);
  const indexDir = path.join(folder, 'index');
  const figures = path.join(folder, 'build.json');
  if (fs.existsSync(figures)) return { indexDir, build: JSON.parse(fs.readFileSync(figures, 'utf8')) as BuildFigures };
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'scale-build.ts'), indexDir, String(size), folder, String(size <= 100_000 ? size : 50_000)], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`scale build of ${size} papers failed (exit ${child.status})`);
  fs.writeFileSync(figures, child.stdout);
  return { indexDir, build: JSON.parse(child.stdout) as BuildFigures };
}

/**
 * Probe vectors near stored papers and their exact top 10, by one scan over the stored vectors
 * (streamed from papers.db: the probes' running top lists are all that is kept).
 */
function exactNeighbours(indexDir: string, fingerprint: string, count: number): { probes: Float32Array[]; truth: Set<string>[] } {
  const db = new Database(path.join(indexDir, 'papers.db'), { readonly: true });
  try {
    const total = db.prepare('SELECT max(doc) FROM papers').pluck().get() as number;
    const random = createRandom(99);
    const vectorOfDoc = db.prepare('SELECT v.vector FROM papers p JOIN vectors v ON v.text_hash = p.text_hash AND v.model_fingerprint = ? WHERE p.doc >= ? ORDER BY p.doc LIMIT 1').pluck();
    const probes = Array.from({ length: count }, () => unitVector(random, DIMENSIONS, vectorOfBlob(vectorOfDoc.get(fingerprint, 1 + Math.floor(random() * total)) as Buffer), 0.08));
    const best = probes.map(() => [] as { id: string; cosine: number }[]);
    const rows = db.prepare('SELECT p.id, v.vector FROM papers p JOIN vectors v ON v.text_hash = p.text_hash AND v.model_fingerprint = ?').raw().iterate(fingerprint) as Iterable<[string, Buffer]>;
    for (const [id, blob] of rows) {
      const vector = vectorOfBlob(blob);
      for (const [ordinal, probe] of probes.entries()) {
        const cosine = dotProduct(probe, vector);
        const list = best[ordinal]!;
        if (list.length === 10 && cosine <= list[9]!.cosine) continue;
        list.push({ id, cosine });
        list.sort((a, b) => b.cosine - a.cosine);
        if (list.length > 10) list.pop();
      }
    }
    return { probes, truth: best.map((list) => new Set(list.map((hit) => hit.id))) };
  } finally {
    db.close();
  }
}

/** The first five words of some titles: hybrid queries that find something. */
function sampleTitles(indexDir: string, count: number): string[] {
  const db = new Database(path.join(indexDir, 'papers.db'), { readonly: true });
  try {
    const total = db.prepare('SELECT max(doc) FROM papers').pluck().get() as number;
    const title = db.prepare('SELECT title FROM papers WHERE doc >= ? ORDER BY doc LIMIT 1').pluck();
    return Array.from({ length: count }, (_, i) => (title.get(1 + ((i * 997) % total)) as string).split(' ').slice(0, 5).join(' '));
  } finally {
    db.close();
  }
}

function folderBytes(folder: string): number {
  return fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).reduce((sum, entry) => sum + fs.statSync(path.join(folder, entry.name)).size, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchScale());
