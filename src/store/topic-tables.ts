// The stable topics' tables in papers.db (topics, topic_areas, topic_model, topic_assignments):
// the one place that knows their columns. The themes stage reads and writes them through TopicStore.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { TOPIC_SCHEMA } from './schema.js';
import { blobOfVector, vectorOfBlob } from './rows.js';

export interface TopicRecord {
  /** Stable id: kept by a topic for as long as it exists, never given to another topic. */
  id: number;
  areaId: number;
  label: string;
  keywords: string[];
  /** Unit centroid of the papers the topic was clustered from. */
  centroid: Float32Array;
  /** A paper whose cosine similarity to the centroid is below this fits the topic no better than an outlier. */
  fitCosine: number;
}

export interface TopicAreaRecord {
  id: number;
  label: string;
}

/** The clustering the topics come from. */
export interface TopicModelInfo {
  /** Model whose vectors the centroids are in: topics of another model are recomputed. */
  modelFingerprint: string;
  /** "auto" when the count came from the upper-tail rule, "fixed" when it was given. */
  choice: 'auto' | 'fixed';
  /** The rule's merge height threshold (0 when fixed). */
  threshold: number;
  tried: { k: number; mergeHeight: number }[];
  /** The id the next new topic gets (ids are never reused). */
  nextTopicId: number;
  /** ISO time of the clustering. */
  computedAt: string;
}

export interface TopicSnapshot {
  info: TopicModelInfo;
  topics: TopicRecord[];
  areas: TopicAreaRecord[];
}

export interface TopicAssignmentRecord {
  paperId: string;
  topicId: number;
  /** Cosine similarity of the paper to its topic's centroid. */
  cosineSimilarity: number;
}

/** Where the stable topics live; the SQLite tables below, or memory in tests. */
export interface TopicStore {
  /** The topics, or null when none were computed yet. */
  readTopics(): TopicSnapshot | null;
  /** Every stored assignment (also of papers removed since: the caller keeps the ones it knows). */
  readAssignments(): TopicAssignmentRecord[];
  /** Adds or replaces the assignments of these papers. */
  writeAssignments(assignments: TopicAssignmentRecord[]): void;
  /** Replaces the topics, the areas and every assignment at once. */
  replaceTopics(snapshot: TopicSnapshot, assignments: TopicAssignmentRecord[]): void;
}

interface TopicRow {
  id: number;
  area_id: number;
  label: string;
  keywords: string;
  centroid: Buffer;
  fit_cosine: number;
}

/** The topic tables over one read-write connection; creates them when an older library lacks them. */
export class SqliteTopicStore implements TopicStore {
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.db.exec(TOPIC_SCHEMA);
  }

  readTopics(): TopicSnapshot | null {
    const value = this.db.prepare("SELECT value FROM topic_model WHERE key = 'model'").pluck().get() as string | undefined;
    if (value === undefined) return null;
    const parsed = infoSchema.safeParse(parseJson(value));
    // A damaged or foreign record means no usable topics: they are computed again.
    if (!parsed.success) return null;
    const info: TopicModelInfo = parsed.data;
    const topics = (this.db.prepare('SELECT id, area_id, label, keywords, centroid, fit_cosine FROM topics ORDER BY id').all() as TopicRow[]).map((row) => ({
      id: row.id,
      areaId: row.area_id,
      label: row.label,
      keywords: JSON.parse(row.keywords) as string[],
      centroid: vectorOfBlob(row.centroid),
      fitCosine: row.fit_cosine,
    }));
    const areas = this.db.prepare('SELECT id, label FROM topic_areas ORDER BY id').all() as TopicAreaRecord[];
    return { info, topics, areas };
  }

  readAssignments(): TopicAssignmentRecord[] {
    return this.db.prepare('SELECT paper_id AS paperId, topic_id AS topicId, cosine_similarity AS cosineSimilarity FROM topic_assignments ORDER BY paper_id').all() as TopicAssignmentRecord[];
  }

  writeAssignments(assignments: TopicAssignmentRecord[]): void {
    const put = this.db.prepare(
      'INSERT INTO topic_assignments (paper_id, topic_id, cosine_similarity) VALUES (?, ?, ?) ON CONFLICT (paper_id) DO UPDATE SET topic_id = excluded.topic_id, cosine_similarity = excluded.cosine_similarity',
    );
    this.db.transaction(() => {
      for (const row of assignments) put.run(row.paperId, row.topicId, row.cosineSimilarity);
    }).immediate();
  }

  replaceTopics(snapshot: TopicSnapshot, assignments: TopicAssignmentRecord[]): void {
    const db = this.db;
    db.transaction(() => {
      db.exec('DELETE FROM topics; DELETE FROM topic_areas; DELETE FROM topic_assignments;');
      db.prepare("INSERT INTO topic_model (key, value) VALUES ('model', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(snapshot.info));
      const putTopic = db.prepare('INSERT INTO topics (id, area_id, label, keywords, centroid, fit_cosine) VALUES (?, ?, ?, ?, ?, ?)');
      for (const topic of snapshot.topics) putTopic.run(topic.id, topic.areaId, topic.label, JSON.stringify(topic.keywords), blobOfVector(topic.centroid), topic.fitCosine);
      const putArea = db.prepare('INSERT INTO topic_areas (id, label) VALUES (?, ?)');
      for (const area of snapshot.areas) putArea.run(area.id, area.label);
      const put = db.prepare('INSERT INTO topic_assignments (paper_id, topic_id, cosine_similarity) VALUES (?, ?, ?)');
      for (const row of assignments) put.run(row.paperId, row.topicId, row.cosineSimilarity);
    }).immediate();
  }
}

const infoSchema = z.object({
  modelFingerprint: z.string(),
  choice: z.enum(['auto', 'fixed']),
  threshold: z.number(),
  tried: z.array(z.object({ k: z.number().int(), mergeHeight: z.number() })),
  nextTopicId: z.number().int().positive(),
  computedAt: z.string(),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
