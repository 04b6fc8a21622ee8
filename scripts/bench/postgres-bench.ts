// SQLite and PostgreSQL side by side at 10,000 synthetic papers (synthetic-corpus.ts: realistic
// text, synthetic vectors): the build, warm hybrid search latency (model + dense + lexical), and
// the wall time of `papers index` adding a 50-paper digest (real abstracts, embedded by the model).
// PostgreSQL here is PGlite, compiled to WebAssembly and serving one session over its socket
// server: its timings are not a PostgreSQL server's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildIndex, currentModel, graphBackend, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { readAllInputs } from '../../src/ingest/read-all-inputs.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { indexPostgres } from '../../src/pipeline/index-postgres.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { openPostgresIndex } from '../../src/pipeline/open-postgres.js';
import { searchPapers } from '../../src/search/search-papers.js';
import { percentile, printRows, type BenchRow } from './bench-row.js';
import { timeCli } from './cli-bench.js';
import { standInEmbedder } from './stand-in-embedder.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARXIV = path.join(PROJECT_ROOT, '..', 'shared', 'data', 'arxiv', 'papers_ml4_20k.jsonl');

export async function benchPostgres(size = 10_000, queries = 50): Promise<BenchRow[]> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-postgres-'));
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'pglite-server.ts')], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.setEncoding('utf8').once('data', (line: string) => resolve(line.trim()));
      server.once('exit', (status) => reject(new Error(`the PGlite server exited (${status})`)));
    });
    const corpus = syntheticCorpus(size);
    const byText = new Map(corpus.papers.map((paper, ordinal) => [embeddingText(paper.title, paper.abstract), corpus.vectors[ordinal]!]));
    const input = path.join(workDir, 'synthetic.jsonl');
    fs.writeFileSync(input, corpus.papers.map((paper) => JSON.stringify({ title: paper.title, abstract: paper.abstract, authors: paper.authors, date: paper.published })).join('\n') + '\n');
    const model = currentModel();
    const lookup = standInEmbedder(model, (text, position) => byText.get(text) ?? corpus.vectors[position % corpus.vectors.length]!);

    const indexDir = path.join(workDir, 'index');
    let start = performance.now();
    await buildIndex({ indexDir, inputs: [input], model, loadEmbedder: () => Promise.resolve(lookup) });
    const sqliteBuild = (performance.now() - start) / 1000;
    start = performance.now();
    const read = await readAllInputs([input], {});
    await indexPostgres({ url, model, loadEmbedder: () => Promise.resolve(lookup), workers: 1, batchSize: 256 }, { read: read.sources, rebuild: false, prune: false, warnings: [] });
    const postgresBuild = (performance.now() - start) / 1000;

    const sqlite = openIndexAt({ indexDir });
    start = performance.now();
    const postgres = await openPostgresIndex({ url, model, backend: graphBackend(), loadEmbedder });
    const postgresOpen = (performance.now() - start) / 1000;
    const sqliteSearch = await timeHybrid(sqlite, queries);
    const postgresSearch = await timeHybrid(postgres, queries);
    await sqlite.close();
    await postgres.close();

    const digest = path.join(workDir, 'new-digest.jsonl');
    fs.writeFileSync(digest, fs.readFileSync(ARXIV, 'utf8').split('\n').slice(0, 50).join('\n') + '\n');
    const sqliteAdd = timeCli(['--index-dir', indexDir, 'index', digest]);
    const postgresAdd = timeCli(['--db', url, 'index', digest]);
    const postgresColdSearch = timeCli(['--db', url, 'search', 'attention heads for long context retrieval']);
    const sqliteColdSearch = timeCli(['--index-dir', indexDir, 'search', 'attention heads for long context retrieval']);

    const label = `${size / 1000}k papers`;
    return [
      { name: `${label}: build, SQLite (synthetic vectors, no model)`, value: sqliteBuild, unit: 's' },
      { name: `${label}: build, PGlite (merge, then one worker writes vectors)`, value: postgresBuild, unit: 's' },
      { name: `${label}: open for reading, PGlite (papers, entries, vectors)`, value: postgresOpen, unit: 's' },
      { name: `${label}: hybrid query p50, warm, SQLite (model + HNSW + FTS5)`, value: percentile(sqliteSearch, 50), unit: 'ms' },
      { name: `${label}: hybrid query p50, warm, PGlite (model + pgvector + BM25 in SQL)`, value: percentile(postgresSearch, 50), unit: 'ms' },
      { name: `${label}: hybrid query p95, warm, SQLite`, value: percentile(sqliteSearch, 95), unit: 'ms' },
      { name: `${label}: hybrid query p95, warm, PGlite`, value: percentile(postgresSearch, 95), unit: 'ms' },
      { name: `${label}: papers index of a 50-paper digest, SQLite`, value: sqliteAdd.seconds, unit: 's' },
      { name: `${label}: papers index --db of a 50-paper digest, PGlite`, value: postgresAdd.seconds, unit: 's' },
      { name: `${label}: papers search, cold process, SQLite`, value: sqliteColdSearch.seconds, unit: 's' },
      { name: `${label}: papers search --db, cold process, PGlite`, value: postgresColdSearch.seconds, unit: 's' },
    ];
  } finally {
    server.stdin.end();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function timeHybrid(index: OpenIndex, queries: number): Promise<number[]> {
  await searchPapers(index, 'warm up', { mode: 'hybrid', topK: 10 });
  const latencies: number[] = [];
  for (let i = 0; i < queries; i += 1) {
    const words = index.papers[(i * 997) % index.papers.length]!.title.split(' ').slice(0, 5).join(' ');
    const start = performance.now();
    await searchPapers(index, words, { mode: 'hybrid', topK: 10 });
    latencies.push(performance.now() - start);
  }
  return latencies;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchPostgres(Number(process.argv[2] ?? 10_000)));
