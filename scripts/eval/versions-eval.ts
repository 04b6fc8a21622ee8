// Duplicates on real revisions: the arXiv dev version pairs (the same paper as first posted and as
// revised) among other arXiv papers, with CSFCube's expert "similar but distinct" pairs as hard
// negatives. Recall by how the text changed; how many hard-negative pairs end up grouped.
import type { Embedder } from '../../src/embedding/embedder.js';
import type { DuplicateOptions } from '../../src/dedup/duplicate-input.js';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { graphOf } from './graph-of.js';
import { embedCached } from './embedding-cache.js';
import { loadVersions, type VersionSubset } from './eval-corpora.js';

export interface VersionsRow {
  setting: string;
  recall: Record<'all' | VersionSubset, string>;
  hardNegativesGrouped: number;
  /** Groups that join none of the pairs' papers: other arXiv papers judged one paper. */
  otherGroups: number;
  rewrittenGroups: number;
}

export async function evaluateVersions(embedder: Embedder, settings: { name: string; options: DuplicateOptions }[]): Promise<{ rows: VersionsRow[]; groups: DuplicateGroup[]; description: string }> {
  const data = loadVersions();
  const vectors = await embedCached(embedder, 'arxiv-versions', data.papers.map((paper) => embeddingText(paper.title, paper.abstract)));
  const vectorIndex = graphOf(data.papers.map((paper) => paper.id), vectors, embedder.dimensions);
  const papers = data.papers.map((paper) => ({ id: paper.id, title: paper.title, abstract: paper.abstract, publishedIso: paper.date ?? null }));
  const entries = data.papers.map((paper, index) => ({ id: `${paper.id}#1`, paperId: paper.id, title: paper.title, digest: paper.id, digestDate: null, position: index + 1 }));
  const rows: VersionsRow[] = [];
  let lastGroups: DuplicateGroup[] = [];
  for (const setting of settings) {
    const groups = await findDuplicates({ papers, entries, vectors, vectorIndex }, setting.options);
    lastGroups = groups;
    const groupOf = new Map<string, number>();
    groups.forEach((group, index) => group.entries.forEach((entry) => groupOf.set(entry.paperId, index)));
    const together = (a: string, b: string) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
    const subsets: ('all' | VersionSubset)[] = ['all', 'formatting only', 'revised', 'rewritten (<0.5)', 'title changed'];
    const recall = {} as Record<'all' | VersionSubset, string>;
    for (const subset of subsets) {
      const pairs = data.pairs.filter((pair) => subset === 'all' || pair.subsets.includes(subset));
      const found = pairs.filter((pair) => together(pair.a, pair.b)).length;
      recall[subset] = `${(found / pairs.length).toFixed(2)} (${found}/${pairs.length})`;
    }
    const pairPapers = new Set(data.pairs.flatMap((pair) => [pair.a, pair.b]));
    rows.push({
      setting: setting.name,
      recall,
      hardNegativesGrouped: data.hardNegatives.filter(([a, b]) => together(a, b)).length,
      otherGroups: groups.filter((group) => !group.entries.some((entry) => pairPapers.has(entry.paperId))).length,
      rewrittenGroups: groups.filter((group) => group.kind === 'rewritten').length,
    });
  }
  const description = `${data.pairs.length} version pairs among ${data.distractors} other arXiv papers and ${data.hardNegatives.length} CSFCube similar-but-distinct pairs (${data.papers.length} papers)`;
  return { rows, groups: lastGroups, description };
}
