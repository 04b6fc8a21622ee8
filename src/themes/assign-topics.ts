// The topic of a paper for other commands (triage, tags, the report): the library's stable topic
// it was assigned to, with its cosine similarity to the topic's centroid and whether it fits that
// topic at all (see fit-threshold.ts). Papers not in the library are judged by their vectors.
import { PapersError } from '../errors.js';
import { normalizeVector } from '../vector-math.js';
import type { TopicRecord, TopicSnapshot } from '../store/topic-tables.js';
import { findNearestTopic, loadStableTopics, type StableTopicsSource } from './stable-topics.js';

export type TopicsSource = StableTopicsSource;

export interface TopicFit {
  /** Stable topic id (the same before and after adding a digest). */
  topicId: number;
  topicName: string;
  areaId: number;
  /** Cosine similarity of the paper to the topic's centroid. */
  cosineSimilarity: number;
  /** The topic's threshold: a cosine below it would be an outlier among the topic's own papers. */
  fitCosine: number;
  /** False when the paper fits no topic well (its nearest topic is still given). */
  fitsTopic: boolean;
}

export interface PaperTopic extends TopicFit {
  paperId: string;
}

/**
 * The topic of each paper of the library (ids in, same order out). Papers added since the topics
 * were made are assigned to the nearest topic now and stored, without re-clustering; the first
 * call on a library without topics clusters it. Throws NOT_FOUND for an id not in the library.
 */
export async function assignTopics(source: TopicsSource, paperIds: string[]): Promise<PaperTopic[]> {
  const known = new Set(source.papers.map((paper) => paper.id));
  const unknown = paperIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new PapersError('NOT_FOUND', `no paper ${unknown} in the library`, 'index it first, or judge its vector with fitTopics');
  const stable = await loadStableTopics(source);
  const byId = new Map(stable.snapshot.topics.map((topic) => [topic.id, topic]));
  return paperIds.map((paperId) => {
    const row = stable.assignments.get(paperId)!;
    return { paperId, ...fitOf(byId.get(row.topicId)!, row.cosineSimilarity) };
  });
}

/** The nearest stable topic of each vector (papers not in the library, e.g. a dry run); nothing is stored. */
export async function fitTopics(source: TopicsSource, vectors: Float32Array[]): Promise<TopicFit[]> {
  const { snapshot } = await loadStableTopics(source);
  return fitVectors(snapshot, vectors);
}

/** The same judgement on topics already loaded. */
export function fitVectors(snapshot: TopicSnapshot, vectors: Float32Array[]): TopicFit[] {
  return vectors.map((vector) => {
    const { topic, cosineSimilarity } = findNearestTopic(snapshot.topics, normalizeVector(vector));
    return fitOf(topic, cosineSimilarity);
  });
}

function fitOf(topic: TopicRecord, cosineSimilarity: number): TopicFit {
  return {
    topicId: topic.id,
    topicName: topic.label,
    areaId: topic.areaId,
    cosineSimilarity,
    fitCosine: topic.fitCosine,
    fitsTopic: cosineSimilarity >= topic.fitCosine,
  };
}
