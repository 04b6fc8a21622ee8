// Small hand-made corpora for the report's unit tests: papers, entries, themes and duplicate
// groups built in code, so the report module is tested without the themes or dedup stages.
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import type { Entry, Paper } from '../../src/ingest/types.js';
import type { ReportThemes } from '../../src/report/collect-report-data.js';
import type { ThemesResult } from '../../src/themes/theme-types.js';

export interface TinyCorpus {
  papers: Paper[];
  entries: Entry[];
}

/** `count` papers, each posted once in digest a.txt; paper 1 is also posted in b.txt. */
export function tinyCorpus(count: number): TinyCorpus {
  const papers: Paper[] = [];
  const entries: Entry[] = [];
  for (let ordinal = 0; ordinal < count; ordinal += 1) {
    const id = `p${ordinal}`;
    const digests = ordinal === 1 ? ['a.txt', 'b.txt'] : ['a.txt'];
    const entryIds = digests.map((digest) => `${digest}#${ordinal + 1}`);
    papers.push({
      id,
      title: `Paper ${ordinal} about ${ordinal % 2 ? 'caches' : 'retrieval'}`,
      abstract: `Abstract of paper ${ordinal}.`,
      entryIds,
      digests,
      authors: 2,
      organisation: null,
      published: 'Feb 6',
      publishedIso: '--02-06',
      upvotes: ordinal,
    });
    digests.forEach((digest, position) =>
      entries.push({
        id: entryIds[position]!,
        paperId: id,
        file: digest,
        digest,
        digestDate: digest === 'a.txt' ? 'Feb 17' : null,
        position: ordinal + 1,
        line: 1,
        title: papers[ordinal]!.title,
        abstract: papers[ordinal]!.abstract,
        authors: 2,
        organisation: null,
        published: 'Feb 6',
        publishedIso: '--02-06',
        upvotes: ordinal,
      }),
    );
  }
  return { papers, entries };
}

/** Two themes with ids 7 and 3 (ids need not be 0-based), odd papers in theme 3: today's one level. */
export function twoThemes(count: number): ThemesResult {
  const members = (odd: boolean) =>
    Array.from({ length: count }, (_, ordinal) => ordinal)
      .filter((ordinal) => ordinal % 2 === (odd ? 1 : 0))
      .map((ordinal) => ({ id: `p${ordinal}`, title: `Paper ${ordinal}`, similarity: 0.9 }));
  return {
    k: 2,
    choice: 'auto',
    clusters: [
      { id: 7, areaId: 1, label: 'retrieval · rag', keywords: ['retrieval', 'rag'], size: members(false).length, papers: members(false) },
      { id: 3, areaId: 1, label: 'kv cache · memory', keywords: ['kv cache', 'memory'], size: members(true).length, papers: members(true) },
    ],
    areas: [{ id: 1, label: 'retrieval · kv cache', topicIds: [7, 3], size: count }],
    assignments: Object.fromEntries(Array.from({ length: count }, (_, ordinal) => [`p${ordinal}`, ordinal % 2 ? 3 : 7])),
    threshold: 0.5,
    tried: [{ k: 2, mergeHeight: 0.4 }],
  };
}

/**
 * Three topics in two areas, ids in no particular order: even papers in topic 7 (area 2,
 * "retrieval"); odd papers in area 1 ("kv cache"), split into topic 3 (ordinal % 4 = 1) and
 * topic 5 (ordinal % 4 = 3). Area 1 lists its smaller topic first.
 */
export function twoLevelThemes(count: number): ReportThemes {
  const topicOf = (ordinal: number) => (ordinal % 2 === 0 ? 7 : ordinal % 4 === 1 ? 3 : 5);
  const sizeOf = (topic: number) => Array.from({ length: count }, (_, ordinal) => topicOf(ordinal)).filter((id) => id === topic).length;
  return {
    choice: 'auto',
    clusters: [
      { id: 7, label: 'retrieval augmented generation', keywords: ['retrieval', 'rag'], size: sizeOf(7), areaId: 2 },
      { id: 3, label: 'kv cache compression', keywords: ['kv cache', 'compression'], size: sizeOf(3), areaId: 1 },
      { id: 5, label: 'kv cache eviction', keywords: ['eviction'], size: sizeOf(5), areaId: 1 },
    ],
    areas: [
      { id: 2, label: 'retrieval', topicIds: [7], size: sizeOf(7) },
      { id: 1, label: 'kv cache', topicIds: [5, 3], size: sizeOf(3) + sizeOf(5) },
    ],
    assignments: Object.fromEntries(Array.from({ length: count }, (_, ordinal) => [`p${ordinal}`, topicOf(ordinal)])),
  };
}

/** Paper 2 revised as paper 3, and paper 1 posted identically in two digests. */
export function twoGroups(): DuplicateGroup[] {
  return [
    {
      kind: 'revised',
      similarity: 0.95123456,
      evidence: { basis: 'abstract', titleSimilarity: 0.8, abstractContainment: 0.912, abstractOverlap: 0.85, textSimilarity: 0.874321, linkCosine: 0.95123456, papers: 2 },
      entries: [
        { id: 'a.txt#3', paperId: 'p2', title: 'Paper 2 about retrieval', digest: 'a.txt', date: 'Feb 17', position: 3 },
        { id: 'a.txt#4', paperId: 'p3', title: 'Paper 3 about caches', digest: 'a.txt', date: 'Feb 17', position: 4 },
      ],
    },
    {
      kind: 'identical',
      similarity: 1,
      evidence: { basis: 'identical' },
      entries: [
        { id: 'a.txt#2', paperId: 'p1', title: 'Paper 1 about caches', digest: 'a.txt', date: 'Feb 17', position: 2 },
        { id: 'b.txt#2', paperId: 'p1', title: 'Paper 1 about caches', digest: 'b.txt', date: null, position: 2 },
      ],
    },
  ];
}

/** Unit vectors in two tight, far-apart clusters: even ordinals near one axis, odd near another. */
export function twoClusterVectors(count: number, dimensions = 16): Float32Array[] {
  return Array.from({ length: count }, (_, ordinal) => {
    const vector = new Float32Array(dimensions);
    vector[ordinal % 2] = 1;
    vector[2 + (ordinal % (dimensions - 2))] = 0.05 * ((ordinal % 5) + 1);
    const norm = Math.hypot(...vector);
    return vector.map((value) => value / norm);
  });
}
