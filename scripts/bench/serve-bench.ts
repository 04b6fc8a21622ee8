// `papers serve` latency on the sample digests: the server started in-process on an ephemeral
// loopback port, warmed up, then 200 sequential /api/search requests with varied queries (p50,
// p95), against the same searches called in-process in the same run (the HTTP layer's cost).
// Also times preparing the page (nearest papers, duplicates, themes, map) and the map alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import { DEFAULT_INPUT } from '../../src/config.js';
import { buildIndex } from '../../src/cli/context.js';
import { searchPapers, SEARCH_MODES, type SearchMode } from '../../src/search/search-papers.js';
import { serveReport } from '../../src/server/serve-report.js';
import { median, percentile, printRows, type BenchRow } from './bench-row.js';

const REQUESTS = 200;
const WARM_UP = 20;

export async function benchServe(): Promise<BenchRow[]> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-serve-'));
  try {
    await buildIndex({ indexDir, inputs: [DEFAULT_INPUT], model: currentModel(), loadEmbedder });
    const index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
    const steps = new Map<string, number>();
    const prepareStart = performance.now();
    const { server } = await serveReport(index, {
      host: '127.0.0.1',
      port: 0,
      portAttempts: 1,
      onStep: (step, milliseconds) => steps.set(step, milliseconds),
    });
    const startSeconds = (performance.now() - prepareStart) / 1000;
    try {
      const queries = variedQueries(index.papers.map((paper) => paper.title), REQUESTS);
      const modes: SearchMode[] = queries.map((_, i) => (i % 5 === 4 ? SEARCH_MODES[i % 2]! : 'hybrid'));
      for (let i = 0; i < WARM_UP; i += 1) await timeRequest(server.url, queries[i]!, 'hybrid');
      const overHttp: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1) overHttp.push(await timeRequest(server.url, queries[i]!, modes[i]!));
      const inProcess: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1) {
        const start = performance.now();
        await searchPapers(index, queries[i]!, { mode: modes[i]!, topK: 10 });
        inProcess.push(performance.now() - start);
      }
      return [
        { name: 'papers in the sample index', value: index.papers.length, unit: 'papers' },
        { name: 'serve start: nearest, dupes, themes, map, model warm-up', value: startSeconds, unit: 's' },
        { name: `map projection (${index.papers.length} papers)`, value: (steps.get('map') ?? Number.NaN) / 1000, unit: 's' },
        { name: `GET /api/search p50 (${REQUESTS} sequential, 4/5 hybrid)`, value: median(overHttp), unit: 'ms', target: '≤ 30' },
        { name: 'GET /api/search p95', value: percentile(overHttp, 95), unit: 'ms' },
        { name: 'baseline: searchPapers in-process p50 (same queries)', value: median(inProcess), unit: 'ms' },
        { name: 'baseline: searchPapers in-process p95', value: percentile(inProcess, 95), unit: 'ms' },
      ];
    } finally {
      await server.close();
      await index.close();
    }
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

/** `count` queries cut from the titles: first words, last words, and two-title mixes. */
function variedQueries(titles: string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const words = titles[(i * 7) % titles.length]!.split(/\s+/);
    const other = titles[(i * 13 + 5) % titles.length]!.split(/\s+/);
    if (i % 3 === 0) return words.slice(0, 3 + (i % 4)).join(' ');
    if (i % 3 === 1) return words.slice(-4).join(' ');
    return [...words.slice(0, 2), ...other.slice(-2)].join(' ');
  });
}

async function timeRequest(base: string, query: string, mode: SearchMode): Promise<number> {
  const start = performance.now();
  const response = await fetch(new URL(`/api/search?q=${encodeURIComponent(query)}&k=10&mode=${mode}`, base));
  if (!response.ok) throw new Error(`search "${query}" failed with ${response.status}: ${await response.text()}`);
  await response.json();
  return performance.now() - start;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows(await benchServe());
