// Child process of the scale bench: writes N synthetic papers as JSON Lines and adds them to an
// empty library through the real pipeline (`buildIndex`), with an embedder that hands back the
// corpus's synthetic vectors instead of running the model. Prints timings and its own peak memory.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex, currentModel } from '../../src/cli/context.js';
import type { Embedder } from '../../src/embedding/embedder.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const [indexDir, sizeText, inputDir] = process.argv.slice(2);
const size = Number(sizeText);
let start = performance.now();
const corpus = syntheticCorpus(size);
const byText = new Map(corpus.papers.map((paper, ordinal) => [embeddingText(paper.title, paper.abstract), corpus.vectors[ordinal]!]));
const input = path.join(inputDir!, 'synthetic.jsonl');
fs.writeFileSync(input, corpus.papers.map((paper) => JSON.stringify({ title: paper.title, abstract: paper.abstract, authors: paper.authors, date: paper.published })).join('\n') + '\n');
const generateSeconds = (performance.now() - start) / 1000;
corpus.papers.length = 0;

const model = currentModel();
let missing = 0;
const lookup: Embedder = {
  modelId: model.id,
  fingerprint: model.fingerprint,
  dimensions: model.dimensions,
  maxTokens: model.maxTokens,
  embed: (texts, onProgress) => {
    const vectors = texts.map((text) => {
      const vector = byText.get(text);
      if (vector) return vector;
      missing += 1;
      return corpus.vectors[missing % corpus.vectors.length]!;
    });
    onProgress?.(texts.length, texts.length);
    return Promise.resolve(vectors);
  },
  dispose: () => Promise.resolve(),
};

start = performance.now();
// The real model's identity, so the CLI opens the index; its vectors are synthetic all the same.
const summary = await buildIndex({ indexDir: indexDir!, inputs: [input], model, loadEmbedder: () => Promise.resolve(lookup) });
const buildSeconds = (performance.now() - start) / 1000;
// VmHWM is this process's own peak; getrusage's maxRSS would include the spawning bench's.
const peakKib = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? process.resourceUsage().maxRSS);
process.stdout.write(JSON.stringify({ generateSeconds, buildSeconds, papers: summary.papers, missing, peakRssMiB: peakKib / 1024 }));
