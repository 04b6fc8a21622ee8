// The stable topics of a PostgreSQL library: one JSON value in its cache table (topics, areas,
// assignments), read with the snapshot and written back whole on every change.
import { z } from 'zod';
import type { TopicAssignmentRecord, TopicSnapshot, TopicStore } from '../topic-tables.js';

export const TOPICS_CACHE_KEY = 'stable-topics';

const StoredTopics = z.object({
  snapshot: z
    .object({
      info: z.object({
        modelFingerprint: z.string(),
        choice: z.enum(['auto', 'fixed']),
        threshold: z.number(),
        tried: z.array(z.object({ k: z.number().int(), mergeHeight: z.number() })),
        nextTopicId: z.number().int().positive(),
        computedAt: z.string(),
      }),
      topics: z.array(z.object({ id: z.number().int(), areaId: z.number().int(), label: z.string(), keywords: z.array(z.string()), centroid: z.array(z.number()), fitCosine: z.number() })),
      areas: z.array(z.object({ id: z.number().int(), label: z.string() })),
    })
    .nullable(),
  assignments: z.array(z.object({ paperId: z.string(), topicId: z.number().int(), cosineSimilarity: z.number() })),
});

export class PostgresTopicStore implements TopicStore {
  private snapshot: TopicSnapshot | null;
  private readonly assignments: Map<string, TopicAssignmentRecord>;
  private readonly save: (value: string) => void;

  /** From the stored value (null, damaged or foreign: no topics yet); `save` writes the new value. */
  constructor(stored: string | null, save: (value: string) => void) {
    const parsed = StoredTopics.safeParse(parseJson(stored));
    const value = parsed.success ? parsed.data : { snapshot: null, assignments: [] };
    this.snapshot = value.snapshot && { ...value.snapshot, topics: value.snapshot.topics.map((topic) => ({ ...topic, centroid: Float32Array.from(topic.centroid) })) };
    this.assignments = new Map(value.assignments.map((row) => [row.paperId, row]));
    this.save = save;
  }

  readTopics(): TopicSnapshot | null {
    return this.snapshot;
  }

  readAssignments(): TopicAssignmentRecord[] {
    return [...this.assignments.values()].sort((a, b) => (a.paperId < b.paperId ? -1 : a.paperId > b.paperId ? 1 : 0));
  }

  writeAssignments(assignments: TopicAssignmentRecord[]): void {
    for (const row of assignments) this.assignments.set(row.paperId, row);
    this.persist();
  }

  replaceTopics(snapshot: TopicSnapshot, assignments: TopicAssignmentRecord[]): void {
    this.snapshot = snapshot;
    this.assignments.clear();
    for (const row of assignments) this.assignments.set(row.paperId, row);
    this.persist();
  }

  private persist(): void {
    const snapshot = this.snapshot && { ...this.snapshot, topics: this.snapshot.topics.map((topic) => ({ ...topic, centroid: Array.from(topic.centroid) })) };
    this.save(JSON.stringify({ snapshot, assignments: this.readAssignments() }));
  }
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
