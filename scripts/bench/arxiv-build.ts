// Child process of the arXiv bench: imports an arXiv metadata file into an empty library through
// the real pipeline (`buildIndex`, batch by batch), with an embedder that turns each text's hash
// into a unit vector instead of running the model. Prints timings, counts and its own peak memory.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildIndex, currentModel } from '../../src/cli/context.js';
import { createRandom } from '../../src/seeded-random.js';
import { standInEmbedder } from './stand-in-embedder.js';
import { unitVector } from './synthetic-corpus.js';

const [indexDir, file, categoryList] = process.argv.slice(2);
const model = currentModel();
const hashed = standInEmbedder(model, (text) => unitVector(createRandom(createHash('sha256').update(text).digest().readUInt32LE(0)), model.dimensions));

const start = performance.now();
const categories = categoryList ? categoryList.split(',') : undefined;
const summary = await buildIndex({ indexDir: indexDir!, inputs: [file!], model, categories, loadEmbedder: () => Promise.resolve(hashed) });
const buildSeconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage();
// VmHWM is this process's own peak; getrusage's maxRSS would include the spawning bench's.
const peakKib = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? process.resourceUsage().maxRSS);
process.stdout.write(
  JSON.stringify({
    buildSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    papers: summary.papers,
    kept: summary.arxivImports[0]?.counts.kept ?? 0,
    graphBytes: summary.meta.graph.bytes,
    generation: summary.meta.generation,
    peakRssMiB: peakKib / 1024,
  }),
);
