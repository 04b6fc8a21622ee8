// Theme quality: NMI of the topics and areas against two independent hand labellings of the sample
// digests (test/fixtures/theme-labels.json, theme-labels-2.json), next to k-means baselines at the
// same number of topics; and NMI against arXiv primary categories on 4,000 real papers nobody here
// wrote (see arxiv-themes-corpus.ts). Real model.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildIndex } from '../../src/cli/context.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { termsOf } from '../../src/search/terms.js';
import { clusterVectors } from '../../src/themes/cluster-vectors.js';
import { computeThemes, type ThemePaper } from '../../src/themes/compute-themes.js';
import type { ThemesResult } from '../../src/themes/theme-types.js';
import { normalizeVector } from '../../src/vector-math.js';
import { ARXIV_CATEGORIES, loadArxivCorpus } from './arxiv-themes-corpus.js';

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
export const THEME_LABELS_2_FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'theme-labels-2.json');
/** NMI of the automatic k-means themes (silhouette-chosen k = 4) against the first labelling, before the Ward tree. */
const PREVIOUS_DEFAULT_NMI = 0.353;

/** Rows on the sample digests. */
export async function evalThemes(source?: ThemesEvalSource): Promise<ThemesEvalRow[]> {
  if (!source) return withSampleIndex((index) => evalThemes(index));
  const vectors = source.vectors();
  const themes = await computeThemes(source.papers, vectors, { embedder: { embed: (texts) => source.embedTexts(texts) } });
  const topicOf = source.papers.map((paper) => themes.assignments[paper.id]!);
  const areaOf = areasOf(source.papers, themes);
  const tfidf = tfidfVectors(source.papers);
  const rows: ThemesEvalRow[] = [];
  for (const [name, fixture] of [
    ['labels 1', THEME_LABELS_FIXTURE],
    ['labels 2', THEME_LABELS_2_FIXTURE],
  ] as const) {
    if (!fs.existsSync(fixture)) continue;
    const labels = loadLabels(source.papers, fixture);
    const handCount = new Set(labels.topics).size;
    rows.push(
      { name: `${name}: topics (Ward, automatic k = ${themes.k}) vs ${handCount} hand topics`, value: normalizedMutualInformation(labels.topics, topicOf), unit: 'NMI', target: name === 'labels 1' ? `≥ 0.45 and > ${PREVIOUS_DEFAULT_NMI}` : '≥ 0.45' },
      { name: `${name}: baseline k-means on the embeddings, same k = ${themes.k}`, value: normalizedMutualInformation(labels.topics, clusterVectors(vectors, themes.k).assignments), unit: 'NMI' },
      { name: `${name}: baseline TF-IDF + k-means, same k = ${themes.k}`, value: normalizedMutualInformation(labels.topics, clusterVectors(tfidf, themes.k).assignments), unit: 'NMI' },
      { name: `${name}: areas (${themes.areas.length}) vs ${handCount} hand topics`, value: normalizedMutualInformation(labels.topics, areaOf), unit: 'NMI' },
    );
    if (labels.areas) rows.push({ name: `${name}: areas (${themes.areas.length}) vs ${new Set(labels.areas).size} hand areas`, value: normalizedMutualInformation(labels.areas, areaOf), unit: 'NMI' });
  }
  return rows;
}

/** Rows on 1,000 arXiv papers each of four primary categories; empty when ../shared/data is absent. */
export async function evalArxivThemes(onProgress?: (done: number, total: number) => void): Promise<ThemesEvalRow[]> {
  const corpus = await loadArxivCorpus(onProgress);
  if (!corpus) return [];
  const embedder = await loadEmbedder();
  try {
    const started = performance.now();
    const themes = await computeThemes(corpus.papers, corpus.vectors, { embedder });
    const seconds = (performance.now() - started) / 1000;
    const topicOf = corpus.papers.map((paper) => themes.assignments[paper.id]!);
    const areaOf = areasOf(corpus.papers, themes);
    const label = `arXiv ${corpus.papers.length} (${ARXIV_CATEGORIES.join(', ')})`;
    return [
      { name: `${label}: areas (${themes.areas.length}) vs primary category`, value: normalizedMutualInformation(corpus.categories, areaOf), unit: 'NMI', target: '≥ 0.40' },
      { name: `${label}: topics (automatic k = ${themes.k}) vs primary category`, value: normalizedMutualInformation(corpus.categories, topicOf), unit: 'NMI' },
      { name: `${label}: baseline k-means on the embeddings, k = ${themes.areas.length}`, value: normalizedMutualInformation(corpus.categories, clusterVectors(corpus.vectors.map(normalizeVector), themes.areas.length).assignments), unit: 'NMI' },
      { name: `${label}: computeThemes time (tree, cut, names)`, value: seconds, unit: 's' },
    ];
  } finally {
    await embedder.dispose();
  }
}

function areasOf(papers: ThemePaper[], themes: ThemesResult): number[] {
  return papers.map((paper) => themes.clusters[themes.assignments[paper.id]! - 1]!.areaId);
}

const listFormat = z.object({ papers: z.array(z.object({ id: z.string(), title: z.string(), topic: z.string() })) });
const mapFormat = z.object({ labels: z.record(z.string(), z.string()), areas: z.record(z.string(), z.string()).optional() });

/** The hand topic (and area, when the fixture groups its topics) of each paper, in paper order; every paper must have one. */
export function loadLabels(papers: ThemePaper[], fixture = THEME_LABELS_FIXTURE): { topics: string[]; areas: string[] | null } {
  const raw: unknown = JSON.parse(fs.readFileSync(fixture, 'utf8'));
  const list = listFormat.safeParse(raw);
  const byId = list.success ? new Map(list.data.papers.map((paper) => [paper.id, paper.topic])) : new Map(Object.entries(mapFormat.parse(raw).labels));
  const areaOfTopic = list.success ? null : mapFormat.parse(raw).areas;
  const topics = papers.map((paper) => {
    const topic = byId.get(paper.id);
    if (topic === undefined) throw new Error(`${path.basename(fixture)} has no topic for ${paper.id} "${paper.title}"`);
    return topic;
  });
  return { topics, areas: areaOfTopic ? topics.map((topic) => areaOfTopic[topic] ?? topic) : null };
}

/** The hand topic of each paper, in paper order. */
export function loadTopics(papers: ThemePaper[], fixture = THEME_LABELS_FIXTURE): string[] {
  return loadLabels(papers, fixture).topics;
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
  const rows = [...(await evalThemes()), ...(await evalArxivThemes())];
  console.table(rows.map((row) => ({ measure: row.name, value: Number(row.value.toFixed(3)), unit: row.unit, target: row.target ?? '' })));
}
