// A synthetic corpus at any size for the scale benchmarks. Text is drawn from the sample
// digests' own word stream (so BM25 sees realistic term frequencies); vectors are synthetic,
// not model output: unit vectors scattered around 200 topic centres, with the paper's topic
// shared by its words' source paper. Computing 100k real embeddings would take over an hour here.
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildCorpus } from '../../src/ingest/build-corpus.js';
import { paperIdOf } from '../../src/ingest/normalize.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { Entry, Paper } from '../../src/ingest/types.js';
import { createRandom } from '../../src/seeded-random.js';
import { wordsOf } from '../../src/search/terms.js';

export interface SyntheticCorpus {
  papers: Paper[];
  entries: Entry[];
  vectors: Float32Array[];
}

const TOPICS = 200;

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

export function unitVector(random: () => number, dimensions: number, around?: Float32Array, noise = 0.05): Float32Array {
  const vector = new Float32Array(dimensions);
  let norm = 0;
  for (let d = 0; d < dimensions; d += 1) {
    vector[d] = (around ? around[d]! : 0) + (around ? noise : 1) * gaussian(random);
    norm += vector[d]! * vector[d]!;
  }
  norm = Math.sqrt(norm);
  for (let d = 0; d < dimensions; d += 1) vector[d]! /= norm;
  return vector;
}

export function syntheticCorpus(size: number, dimensions = 384, seed = 7): SyntheticCorpus {
  const random = createRandom(seed);
  const sample = buildCorpus(readInputs([path.join(PROJECT_ROOT, 'data', 'digests')]).sources).papers;
  const abstractWords = sample.map((paper) => wordsOf(paper.abstract));
  const titleWords = sample.map((paper) => wordsOf(paper.title));
  const centres = Array.from({ length: TOPICS }, () => unitVector(random, dimensions));
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const papers: Paper[] = [];
  const entries: Entry[] = [];
  const vectors: Float32Array[] = [];
  for (let i = 0; i < size; i += 1) {
    const source = Math.floor(random() * sample.length);
    // Words come mostly from one sample paper, some from anywhere: topical but never identical.
    const words = (count: number, own: string[][]) => Array.from({ length: count }, () => (random() < 0.7 ? pick(own[source]!) : pick(pick(abstractWords)))).join(' ');
    const title = `${words(8, titleWords)} ${i}`;
    const abstract = words(120 + Math.floor(random() * 120), abstractWords);
    const digest = `synthetic-${String(Math.floor(i / 100)).padStart(4, '0')}.txt`;
    const id = paperIdOf(title, abstract);
    const entryId = `${digest}#${(i % 100) + 1}`;
    papers.push({ id, title, abstract, entryIds: [entryId], digests: [digest], authors: 1 + (i % 9), organisation: null, published: 'Mar 3, 2025', publishedIso: '2025-03-03', upvotes: i % 7 });
    entries.push({ id: entryId, paperId: id, file: `synthetic/${digest}`, digest, digestDate: 'Mar 3', position: (i % 100) + 1, line: 1, title, abstract, authors: 1 + (i % 9), organisation: null, published: 'Mar 3, 2025', publishedIso: '2025-03-03', upvotes: i % 7 });
    vectors.push(unitVector(random, dimensions, centres[source % TOPICS], 0.06));
  }
  const order = papers.map((_, index) => index).sort((a, b) => (papers[a]!.id < papers[b]!.id ? -1 : 1));
  return { papers: order.map((index) => papers[index]!), entries, vectors: order.map((index) => vectors[index]!) };
}
