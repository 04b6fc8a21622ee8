// Child process of the scale bench: adds N synthetic papers to an empty library through the real
// pipeline (`buildIndex`, one JSON Lines source per chunk, each chunk an ordinary add), with an
// embedder that hands back the corpus's synthetic vectors instead of running the model. Prints
// timings and its own peak memory as JSON; progress goes to stderr.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex, currentModel } from '../../src/cli/context.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { standInEmbedder } from './stand-in-embedder.js';
import { syntheticChunk, syntheticSource } from './synthetic-corpus.js';

const [indexDir, sizeText, inputDir, chunkText] = process.argv.slice(2);
const size = Number(sizeText);
const chunkSize = Number(chunkText ?? 50_000);
const model = currentModel();
const source = syntheticSource();
const started = performance.now();
const cpuStart = process.cpuUsage();
let generateSeconds = 0;
let missing = 0;
let papers = 0;

for (let start = 0; start < size; start += chunkSize) {
  const generating = performance.now();
  const chunk = syntheticChunk(source, start, Math.min(chunkSize, size - start));
  const vectorOf = new Map(chunk.map(({ paper, vector }) => [embeddingText(paper.title, paper.abstract), vector]));
  const input = path.join(inputDir!, `synthetic-${String(start / chunkSize).padStart(3, '0')}.jsonl`);
  fs.writeFileSync(input, chunk.map(({ paper }) => JSON.stringify({ title: paper.title, abstract: paper.abstract, authors: paper.authors, date: paper.published })).join('\n') + '\n');
  chunk.length = 0;
  generateSeconds += (performance.now() - generating) / 1000;
  const lookup = standInEmbedder(model, (text) => {
    const vector = vectorOf.get(text);
    if (vector) return vector;
    missing += 1;
    return vectorOf.values().next().value!;
  });
  // The real model's identity, so the CLI opens the index; its vectors are synthetic all the same.
  const summary = await buildIndex({ indexDir: indexDir!, inputs: [input], model, loadEmbedder: () => Promise.resolve(lookup) });
  papers = summary.papers;
  fs.rmSync(input);
  process.stderr.write(`${papers} papers after ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
const cpu = process.cpuUsage(cpuStart);
// VmHWM is this process's own peak; getrusage's maxRSS would include the spawning bench's.
const peakKib = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? process.resourceUsage().maxRSS);
const buildSeconds = (performance.now() - started) / 1000 - generateSeconds;
process.stdout.write(JSON.stringify({ generateSeconds, buildSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, papers, missing, peakRssMiB: peakKib / 1024, chunkSize }));
