// The library's stable topics: clustered once and kept in the store; a paper added later joins the
// nearest topic's centroid without re-clustering, so topic ids and names stay put between
// mornings. A re-clustering (--recompute, another model) hands old ids on by overlap.
import type { TopicAssignmentRecord, TopicRecord, TopicSnapshot, TopicStore } from '../store/topic-tables.js';
import { dotProduct, normalizeVector } from '../vector-math.js';
import { computeThemes, type ThemePaper } from './compute-themes.js';
import { computeFitThresholds } from './fit-threshold.js';
import { matchTopicIds } from './match-topic-ids.js';
import { MemoryTopicStore } from './memory-topic-store.js';
import type { ThemesResult } from './theme-types.js';

/** What the stable topics need from an open index (OpenIndex has all of it). */
export interface StableTopicsSource {
  readonly meta: { model: { fingerprint: string } };
  readonly papers: ThemePaper[];
  /** Unit vectors by paper ordinal; read when clustering or when many papers are new. */
  vectors(): Float32Array[];
  /** One paper's vector, for the few papers of a day's digest. */
  vectorOf(id: string): Float32Array;
  embedTexts(texts: string[]): Promise<Float32Array[]>;
  topicStore(): TopicStore;
}

export interface StableTopics {
  snapshot: TopicSnapshot;
  /** The topic of every paper in the library, by paper id. */
  assignments: Map<string, TopicAssignmentRecord>;
  /** What this call did: read what was stored, assigned new papers, or clustered. */
  action: 'read' | 'assigned' | 'clustered';
}

export interface LoadStableTopicsOptions {
  /** Cluster again (matching the old ids by overlap) even when topics are stored. */
  recompute?: boolean;
  /** Number of topics when clustering; automatic when absent. */
  k?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The nearest topic of a unit vector and its cosine similarity (ties: the lower id). */
export function findNearestTopic(topics: TopicRecord[], vector: Float32Array): { topic: TopicRecord; cosineSimilarity: number } {
  let best = topics[0]!;
  let bestCosine = -Infinity;
  for (const topic of topics) {
    const cosine = dotProduct(vector, topic.centroid);
    if (cosine > bestCosine) [best, bestCosine] = [topic, cosine];
  }
  return { topic: best, cosineSimilarity: bestCosine };
}

/**
 * The stored topics with every paper of the library assigned: papers seen for the first time are
 * assigned to the nearest centroid (and stored), the rest read back. Clusters when nothing usable
 * is stored or when asked to.
 */
export async function loadStableTopics(source: StableTopicsSource, options: LoadStableTopicsOptions = {}): Promise<StableTopics> {
  const store = writableTopicStore(source);
  const stored = store.readTopics();
  const usable = stored !== null && stored.topics.length > 0 && stored.info.modelFingerprint === source.meta.model.fingerprint;
  if (!usable || options.recompute === true) return clusterTopics(source, store, stored, options);

  const topicIds = new Set(stored.topics.map((topic) => topic.id));
  const byPaper = new Map(store.readAssignments().map((row) => [row.paperId, row]));
  const assignments = new Map<string, TopicAssignmentRecord>();
  const missing: number[] = [];
  source.papers.forEach((paper, ordinal) => {
    const row = byPaper.get(paper.id);
    if (row && topicIds.has(row.topicId)) assignments.set(paper.id, row);
    else missing.push(ordinal);
  });
  if (missing.length === 0) return { snapshot: stored, assignments, action: 'read' };
  // A day's digest is read paper by paper; when much of the library is new, all at once.
  const all = missing.length > source.papers.length / 8 ? source.vectors() : null;
  const added = missing.map((ordinal) => {
    const paper = source.papers[ordinal]!;
    const vector = normalizeVector(all ? all[ordinal]! : source.vectorOf(paper.id));
    const { topic, cosineSimilarity } = findNearestTopic(stored.topics, vector);
    return { paperId: paper.id, topicId: topic.id, cosineSimilarity };
  });
  store.writeAssignments(added);
  for (const row of added) assignments.set(row.paperId, row);
  return { snapshot: stored, assignments, action: 'assigned' };
}

async function clusterTopics(source: StableTopicsSource, store: TopicStore, previous: TopicSnapshot | null, options: LoadStableTopicsOptions): Promise<StableTopics> {
  const papers = source.papers;
  const vectors = source.vectors().map(normalizeVector);
  const result = await computeThemes(papers, vectors, { k: options.k, embedder: { embed: (texts) => source.embedTexts(texts) }, onProgress: options.onProgress });
  const ordinalOf = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
  const newTopicOf = new Map(result.clusters.flatMap((theme, index) => theme.papers.map((member) => [member.id, index] as const)));
  const oldTopicOf = new Map(previous ? store.readAssignments().filter((row) => ordinalOf.has(row.paperId)).map((row) => [row.paperId, row.topicId] as const) : []);
  const previousById = new Map((previous?.topics ?? []).map((topic) => [topic.id, topic]));
  const { oldIdOf } = matchTopicIds(oldTopicOf, newTopicOf, result.clusters.length);

  const fitCosines = computeFitThresholds(result.clusters.map((theme) => theme.papers.map((member) => vectors[ordinalOf.get(member.id)!]!)));
  let nextTopicId = Math.max(previous?.info.nextTopicId ?? 1, ...(previous?.topics ?? []).map((topic) => topic.id + 1));
  // New topics are numbered in the order computeThemes gives them (by smallest member id).
  const topics: TopicRecord[] = result.clusters.map((theme, index) => {
    const oldId = oldIdOf[index]!;
    const kept = oldId === null ? undefined : previousById.get(oldId);
    const id = kept ? kept.id : nextTopicId++;
    const centroid = normalizeVector(meanOf(theme.papers.map((member) => vectors[ordinalOf.get(member.id)!]!)));
    return { id, areaId: theme.areaId, label: kept?.label ?? theme.label, keywords: kept?.keywords ?? theme.keywords, centroid, fitCosine: fitCosines[index]! };
  });
  const assignments = new Map<string, TopicAssignmentRecord>();
  result.clusters.forEach((theme, index) => {
    for (const member of theme.papers) assignments.set(member.id, { paperId: member.id, topicId: topics[index]!.id, cosineSimilarity: member.similarity });
  });
  const snapshot: TopicSnapshot = {
    info: {
      modelFingerprint: source.meta.model.fingerprint,
      choice: result.choice,
      threshold: result.threshold,
      tried: result.tried,
      nextTopicId,
      computedAt: new Date().toISOString(),
    },
    topics: [...topics].sort((a, b) => a.id - b.id),
    areas: result.areas.map((area) => ({ id: area.id, label: area.label })),
  };
  store.replaceTopics(snapshot, [...assignments.values()]);
  return { snapshot, assignments, action: 'clustered' };
}

function meanOf(vectors: Float32Array[]): Float32Array {
  const sum = new Float64Array(vectors[0]!.length);
  for (const vector of vectors) for (let d = 0; d < vector.length; d += 1) sum[d]! += vector[d]!;
  return Float32Array.from(sum, (value) => value / vectors.length);
}

/**
 * The library's topic store, or one in memory when the index folder cannot be written (a read-only
 * copy): its topics are then computed for this run only, and still right.
 */
function writableTopicStore(source: StableTopicsSource): TopicStore {
  try {
    const store = source.topicStore();
    return { readTopics: () => store.readTopics(), readAssignments: () => store.readAssignments(), writeAssignments: (rows) => ignoreReadOnly(() => store.writeAssignments(rows)), replaceTopics: (snapshot, rows) => ignoreReadOnly(() => store.replaceTopics(snapshot, rows)) };
  } catch (error) {
    if (!isReadOnly(error)) throw error;
    return new MemoryTopicStore();
  }
}

function ignoreReadOnly(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!isReadOnly(error)) throw error;
  }
}

function isReadOnly(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN');
}

/** The stable topics as a themes result: topics that hold papers, by id; their papers closest first. */
export function themesOfStableTopics(stable: StableTopics, papers: ThemePaper[]): ThemesResult {
  const members = new Map<number, { id: string; title: string; similarity: number }[]>();
  for (const paper of papers) {
    const row = stable.assignments.get(paper.id)!;
    const list = members.get(row.topicId) ?? [];
    list.push({ id: paper.id, title: paper.title, similarity: row.cosineSimilarity });
    members.set(row.topicId, list);
  }
  const clusters = stable.snapshot.topics
    .filter((topic) => members.has(topic.id))
    .map((topic) => {
      const group = members.get(topic.id)!.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { id: topic.id, areaId: topic.areaId, label: topic.label, keywords: topic.keywords, size: group.length, papers: group };
    });
  const areas = stable.snapshot.areas
    .map((area) => {
      const topics = clusters.filter((theme) => theme.areaId === area.id).sort((a, b) => b.size - a.size || a.id - b.id);
      return { id: area.id, label: area.label, topicIds: topics.map((theme) => theme.id), size: topics.reduce((sum, theme) => sum + theme.size, 0) };
    })
    .filter((area) => area.topicIds.length > 0);
  const assignments: Record<string, number> = {};
  for (const paper of [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) assignments[paper.id] = stable.assignments.get(paper.id)!.topicId;
  const { info } = stable.snapshot;
  return { k: clusters.length, choice: info.choice, clusters, areas, assignments, threshold: info.threshold, tried: info.tried };
}
