// A synthetic corpus at any size for the scale benchmarks, made in chunks so that a million papers
// never sit in memory at once. Text is drawn from the sample digests' own word stream (so FTS5
// sees realistic term frequencies); vectors are synthetic, not model output: unit vectors
// scattered around 200 topic centres, with the paper's topic shared by its words' source paper.
// Computing 1M real embeddings would take days here.
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildCorpus } from '../../src/ingest/build-corpus.js';
import { paperIdOf } from '../../src/ingest/normalize.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { Paper } from '../../src/ingest/types.js';
import { createRandom } from '../../src/seeded-random.js';
import { wordsOf } from '../../src/search/terms.js';

export interface SyntheticPaper {
  paper: Paper;
  vector: Float32Array;
}

const TOPICS = 200;
export const DIMENSIONS = 384;

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

/** The word stream and topic centres every chunk draws from (the same for one seed). */
export interface SyntheticSource {
  abstractWords: string[][];
  titleWords: string[][];
  centres: Float32Array[];
  seed: number;
}

export function syntheticSource(seed = 7): SyntheticSource {
  const random = createRandom(seed);
  const sample = buildCorpus(readInputs([path.join(PROJECT_ROOT, 'data', 'digests')]).sources).papers;
  return {
    abstractWords: sample.map((paper) => wordsOf(paper.abstract)),
    titleWords: sample.map((paper) => wordsOf(paper.title)),
    centres: Array.from({ length: TOPICS }, () => unitVector(random, DIMENSIONS)),
    seed,
  };
}

/** Papers `start` … `start + count - 1` of the corpus: the same papers whatever the chunking. */
export function syntheticChunk(source: SyntheticSource, start: number, count: number): SyntheticPaper[] {
  const random = createRandom(source.seed * 1_000_003 + Math.floor(start / 1000));
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const papers: SyntheticPaper[] = [];
  for (let i = start; i < start + count; i += 1) {
    const sample = Math.floor(random() * source.abstractWords.length);
    // Words come mostly from one sample paper, some from anywhere: topical but never identical.
    const words = (length: number, own: string[][]) => Array.from({ length }, () => (random() < 0.7 ? pick(own[sample]!) : pick(pick(source.abstractWords)))).join(' ');
    const title = `${words(8, source.titleWords)} ${i}`;
    const abstract = words(120 + Math.floor(random() * 120), source.abstractWords);
    const digest = `synthetic-${String(Math.floor(i / 100)).padStart(5, '0')}.txt`;
    const paper: Paper = {
      id: paperIdOf(title, abstract),
      title,
      abstract,
      entryIds: [`${digest}#${(i % 100) + 1}`],
      digests: [digest],
      authors: 1 + (i % 9),
      organisation: null,
      published: 'Mar 3, 2025',
      publishedIso: '2025-03-03',
      upvotes: i % 7,
    };
    papers.push({ paper, vector: unitVector(random, DIMENSIONS, source.centres[sample % TOPICS], 0.06) });
  }
  return papers;
}

/** The first `size` papers and their vectors in one go, for benchmarks small enough to hold them. */
export function syntheticCorpus(size: number): { papers: Paper[]; vectors: Float32Array[] } {
  const chunk = syntheticChunk(syntheticSource(), 0, size);
  return { papers: chunk.map(({ paper }) => paper), vectors: chunk.map(({ vector }) => vector) };
}
