// Child process of the scale bench: builds an index of N synthetic papers in the given folder
// and prints its timings and its own peak memory as JSON (so the memory is the build's alone).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { currentModel } from '../../src/cli/context.js';
import { HNSW } from '../../src/config.js';
import { LexicalIndex } from '../../src/search/lexical-index.js';
import { writeIndex } from '../../src/store/index-store.js';
import { HnswIndex } from '../../src/vector-index/hnsw-index.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const [indexDir, sizeText] = process.argv.slice(2);
const size = Number(sizeText);
let start = performance.now();
const corpus = syntheticCorpus(size);
const generateSeconds = (performance.now() - start) / 1000;
start = performance.now();
const hnsw = HnswIndex.build(corpus.vectors, 384);
const hnswSeconds = (performance.now() - start) / 1000;
start = performance.now();
const lexical = LexicalIndex.build(corpus.papers).serialize();
const lexicalSeconds = (performance.now() - start) / 1000;
start = performance.now();
writeIndex(indexDir!, {
  // The real model's identity, so the CLI opens the index; its vectors are synthetic all the same.
  model: currentModel(),
  hnsw: { ...HNSW },
  sources: ['synthetic'],
  papers: corpus.papers,
  entries: corpus.entries,
  vectors: corpus.vectors,
  lexical,
  saveVectorIndex: (file) => hnsw.save(file),
});
const writeSeconds = (performance.now() - start) / 1000;
// VmHWM is this process's own peak; getrusage's maxRSS would include the spawning bench's.
const peakKib = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? process.resourceUsage().maxRSS);
process.stdout.write(JSON.stringify({ generateSeconds, hnswSeconds, lexicalSeconds, writeSeconds, peakRssMiB: peakKib / 1024 }));
