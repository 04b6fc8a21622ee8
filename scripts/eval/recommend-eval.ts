// `papers recommend` quality on the sample digests: for each hand-labelled topic with at least 8
// papers (test/fixtures/theme-labels.json), its 5 papers first by title are tagged and the rest of
// the library ranked. Reports the mean rank of the topic's other papers against the mean rank of
// each other topic's papers, and the AUC (share of pairs an on-topic paper wins), for each
// feature set. Real model: `npx tsx scripts/eval/recommend-eval.ts <index-dir>`.
import fs from 'node:fs';
import { z } from 'zod';
import { currentModel, loadEmbedder, openIndexAt } from '../../src/cli/context.js';
import type { Paper } from '../../src/ingest/types.js';
import type { FeatureKind } from '../../src/tags/paper-features.js';
import { recommendByTag, type RecommendSource } from '../../src/tags/recommend-papers.js';
import { THEME_LABELS_FIXTURE } from './themes-eval.js';

const TAGGED = 5;
const MIN_TOPIC = 8;

export interface RecommendEvalRow {
  features: FeatureKind;
  topic: string;
  /** Mean 1-based rank of the topic's untagged papers among all untagged papers. */
  topicMeanRank: number;
  /** The best (lowest) mean rank of any other topic's papers. */
  bestOtherMeanRank: number;
  auc: number;
}

const labelsSchema = z.object({ papers: z.array(z.object({ id: z.string(), title: z.string(), topic: z.string() })) });

export function evalRecommend(source: { papers: Paper[]; vectors(): Float32Array[]; paperById(id: string): Paper | undefined }, features: FeatureKind, options: { l2?: number; steps?: number } = {}): RecommendEvalRow[] {
  const labels = labelsSchema.parse(JSON.parse(fs.readFileSync(THEME_LABELS_FIXTURE, 'utf8'))).papers;
  const topicOf = new Map(labels.map((label) => [label.id, label.topic]));
  const topics = [...new Set(labels.map((label) => label.topic))].sort();
  const rows: RecommendEvalRow[] = [];
  for (const topic of topics) {
    const members = labels.filter((label) => label.topic === topic).sort((a, b) => a.title.localeCompare(b.title));
    if (members.length < MIN_TOPIC) continue;
    const tagged = members.slice(0, TAGGED).map((label) => ({ paperId: label.id, tag: 'wanted' }));
    const tagSource: RecommendSource = { papers: source.papers, vectors: () => source.vectors(), paperById: (id) => source.paperById(id), allTags: () => tagged };
    const ranked = recommendByTag(tagSource, 'wanted', [], { features, ...options }).recommendations.map((recommendation) => recommendation.paper.id);
    const rankOf = (id: string) => ranked.indexOf(id) + 1;
    const meanRankOf = (ids: string[]) => ids.reduce((sum, id) => sum + rankOf(id), 0) / ids.length;
    const inTopic = ranked.filter((id) => topicOf.get(id) === topic);
    const others = topics.filter((other) => other !== topic).map((other) => ranked.filter((id) => topicOf.get(id) === other)).filter((ids) => ids.length > 0);
    const outside = others.flat();
    let wins = 0;
    for (const id of inTopic) for (const other of outside) wins += rankOf(id) < rankOf(other) ? 1 : 0;
    rows.push({ features, topic, topicMeanRank: meanRankOf(inTopic), bestOtherMeanRank: Math.min(...others.map(meanRankOf)), auc: wins / (inTopic.length * outside.length) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const indexDir = process.argv[2];
  if (!indexDir) throw new Error('usage: recommend-eval.ts <index-dir holding the sample digests>');
  const index = openIndexAt({ indexDir, model: currentModel(), loadEmbedder });
  const settings: [FeatureKind, number][] = [['embedding', 0.01], ['embedding+tfidf', 0.01], ['embedding+tfidf', 0.1]];
  for (const [features, l2] of settings) {
    const started = performance.now();
    const rows = evalRecommend(index, features, { l2 });
    const seconds = (performance.now() - started) / 1000;
    const mean = (pick: (row: RecommendEvalRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0) / rows.length;
    console.log(`${features.padEnd(16)} l2 ${String(l2).padEnd(6)} mean AUC ${mean((row) => row.auc).toFixed(3)}  topic mean rank ${mean((row) => row.topicMeanRank).toFixed(1)}  topics ahead of every other ${rows.filter((row) => row.topicMeanRank < row.bestOtherMeanRank).length}/${rows.length}  (${seconds.toFixed(1)} s)`);
    for (const row of rows) console.log(`    ${row.topic.padEnd(32)} mean rank ${row.topicMeanRank.toFixed(1).padStart(5)}  best other ${row.bestOtherMeanRank.toFixed(1).padStart(5)}  AUC ${row.auc.toFixed(3)}`);
  }
  await index.close();
}
