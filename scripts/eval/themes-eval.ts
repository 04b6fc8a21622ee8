// Theme quality on the sample digests: NMI of the themes (embedding k-means, automatic k) against
// hand-assigned topics in test/fixtures/theme-labels.json, next to a TF-IDF + k-means baseline at
// the same k, and both again at k = the number of hand topics. Real model; a throw-away index.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildIndex } from '../../src/cli/context.js';
import { OpenIndex } from '../../src/pipeline/open-index.js';
import { termsOf } from '../../src/search/terms.js';
import { clusterVectors } from '../../src/themes/cluster-vectors.js';
import { computeThemes, type ThemePaper } from '../../src/themes/compute-themes.js';
import { normalizeVector } from '../../src/themes/vector-math.js';

export interface ThemesEvalRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** What the evaluation reads from an index (an OpenIndex will do). */
export interface ThemesEvalSource {
  papers: ThemePaper[];
  vectors(): Float32Array[];
  embedTexts(texts: string[]): Promise<Float32Array[]>;
}

export const THEME_LABELS_FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'theme-labels.json');

export async function evalThemes(source?: ThemesEvalSource): Promise<ThemesEvalRow[]> {
  if (!source) return withSampleIndex((index) => evalThemes(index));
  const topics = loadTopics(source.papers);
  const topicCount = new Set(topics).size;
  const vectors = source.vectors();
  const themes = await computeThemes(source.papers, vectors, { embedder: { embed: (texts) => source.embedTexts(texts) } });
  const tfidf = tfidfVectors(source.papers);
  const atTopicCount = clusterVectors(vectors, topicCount).assignments;
  return [
    { name: `themes (embeddings, automatic k = ${themes.k}) vs hand topics`, value: normalizedMutualInformation(topics, themes.assignments), unit: 'NMI' },
    { name: `baseline: TF-IDF + k-means, same k = ${themes.k}`, value: normalizedMutualInformation(topics, clusterVectors(tfidf, themes.k).assignments), unit: 'NMI' },
    { name: `embeddings + k-means at k = ${topicCount} (the number of hand topics)`, value: normalizedMutualInformation(topics, atTopicCount), unit: 'NMI' },
    { name: `baseline: TF-IDF + k-means at k = ${topicCount}`, value: normalizedMutualInformation(topics, clusterVectors(tfidf, topicCount).assignments), unit: 'NMI' },
  ];
}

/** The hand topic of each paper, in paper order; every paper must have one. */
export function loadTopics(papers: ThemePaper[], fixture = THEME_LABELS_FIXTURE): string[] {
  const raw = JSON.parse(fs.readFileSync(fixture, 'utf8')) as { papers: { id: string; title: string; topic: string }[] };
  const byId = new Map(raw.papers.map((paper) => [paper.id, paper.topic]));
  return papers.map((paper) => {
    const topic = byId.get(paper.id);
    if (topic === undefined) throw new Error(`${path.basename(fixture)} has no topic for ${paper.id} "${paper.title}"`);
    return topic;
  });
}

/** NMI with the arithmetic-mean normalisation (scikit-learn's default): 1 = same partition, 0 = independent. */
export function normalizedMutualInformation(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const n = a.length;
  const countsA = new Map<string | number, number>();
  const countsB = new Map<string | number, number>();
  const joint = new Map<string, { a: string | number; b: string | number; count: number }>();
  a.forEach((labelA, i) => {
    const labelB = b[i]!;
    countsA.set(labelA, (countsA.get(labelA) ?? 0) + 1);
    countsB.set(labelB, (countsB.get(labelB) ?? 0) + 1);
    const key = JSON.stringify([labelA, labelB]);
    const cell = joint.get(key) ?? { a: labelA, b: labelB, count: 0 };
    cell.count += 1;
    joint.set(key, cell);
  });
  const entropy = (counts: Map<string | number, number>) => -[...counts.values()].reduce((sum, count) => sum + (count / n) * Math.log(count / n), 0);
  let mutual = 0;
  for (const cell of joint.values()) mutual += (cell.count / n) * Math.log((cell.count * n) / (countsA.get(cell.a)! * countsB.get(cell.b)!));
  const mean = (entropy(countsA) + entropy(countsB)) / 2;
  return mean > 0 ? mutual / mean : 1;
}

/** L2-normalised TF-IDF (1 + log tf, log N/df) over the search stage's stemmed terms used by ≥ 2 papers. */
export function tfidfVectors(papers: ThemePaper[]): Float32Array[] {
  const documents = papers.map((paper) => termsOf(`${paper.title} ${paper.abstract}`));
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vocabulary = [...documentFrequency.keys()].filter((term) => documentFrequency.get(term)! >= 2).sort();
  const column = new Map(vocabulary.map((term, index) => [term, index]));
  return documents.map((terms) => {
    const counts = new Float32Array(vocabulary.length);
    for (const term of terms) {
      const index = column.get(term);
      if (index !== undefined) counts[index]! += 1;
    }
    return normalizeVector(counts.map((count, index) => (count > 0 ? (1 + Math.log(count)) * Math.log(papers.length / documentFrequency.get(vocabulary[index]!)!) : 0)));
  });
}

async function withSampleIndex<T>(use: (index: OpenIndex) => Promise<T>): Promise<T> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-themes-eval-'));
  try {
    await buildIndex({ indexDir, inputs: [path.join(PROJECT_ROOT, 'data', 'digests')], model: currentModel(), loadEmbedder });
    const index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
    try {
      return await use(index);
    } finally {
      await index.close();
    }
  } finally {
    fs.rmSync(indexDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table((await evalThemes()).map((row) => ({ measure: row.name, value: Number(row.value.toFixed(3)), unit: row.unit })));
}
