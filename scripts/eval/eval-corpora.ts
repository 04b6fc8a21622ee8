// The public evaluation corpora as plain records: CSFCube (papers like this one), arXiv version
// pairs among other arXiv papers with CSFCube hard negatives (duplicates), SciFact (search).
import { readJsonLines, readQrels } from './shared-data.js';

export interface EvalPaper {
  id: string;
  title: string;
  abstract: string;
  /** ISO date when the source has one. */
  date?: string;
}

export interface CsfcubeData {
  papers: EvalPaper[];
  queries: { id: string; paperId: string; title: string; abstract: string }[];
  /** query id → paper id → adjudicated grade 0-3. */
  qrels: Map<string, Map<string, number>>;
}

export function loadCsfcube(): CsfcubeData {
  const papers = readJsonLines<EvalPaper>('csfcube/corpus.jsonl').map(({ id, title, abstract }) => ({ id, title, abstract }));
  const queries = readJsonLines<{ id: string; paper_id: string; title: string; abstract: string }>('csfcube/queries_dev.jsonl').map((query) => ({
    id: query.id,
    paperId: query.paper_id,
    title: query.title,
    abstract: query.abstract,
  }));
  return { papers, queries, qrels: readQrels('csfcube/qrels_dev.tsv') };
}

export type VersionSubset = 'formatting only' | 'rewritten (<0.5)' | 'title changed' | 'revised';

export interface VersionPair {
  /** Paper ids (in `papers`) of the first and the latest text. */
  a: string;
  b: string;
  subsets: VersionSubset[];
}

export interface VersionsData {
  papers: EvalPaper[];
  pairs: VersionPair[];
  /** Distinct CSFCube papers that experts judged similar: never one paper. */
  hardNegatives: [string, string][];
  distractors: number;
}

interface RawVersionPair {
  arxiv_id: string;
  kind: string;
  abstract_char_ratio: number;
  title_changed: boolean;
  a: { title: string; abstract: string; first_seen?: string };
  b: { title: string; abstract: string; first_seen?: string };
}

/** The dev version pairs, indexed among `distractorCount` other arXiv papers and the hard negatives. */
export function loadVersions(distractorCount = 5000): VersionsData {
  const raw = readJsonLines<RawVersionPair>('arxiv-versions/version_pairs_dev.jsonl');
  const pairIds = new Set(raw.map((pair) => pair.arxiv_id));
  const papers: EvalPaper[] = [];
  for (const record of readJsonLines<EvalPaper & { date?: string }>('arxiv/papers_ml4_20k.jsonl')) {
    if (papers.length >= distractorCount) break;
    if (!pairIds.has(record.id)) papers.push({ id: `arxiv:${record.id}`, title: record.title, abstract: record.abstract, date: record.date });
  }
  const distractors = papers.length;
  const pairs: VersionPair[] = raw.map((pair) => {
    papers.push({ id: `v1:${pair.arxiv_id}`, title: pair.a.title, abstract: pair.a.abstract, date: pair.a.first_seen?.slice(0, 10) });
    papers.push({ id: `v2:${pair.arxiv_id}`, title: pair.b.title, abstract: pair.b.abstract, date: pair.b.first_seen?.slice(0, 10) });
    const subsets: VersionSubset[] = [];
    if (pair.kind === 'formatting_only') subsets.push('formatting only');
    else if (pair.abstract_char_ratio < 0.5) subsets.push('rewritten (<0.5)');
    else subsets.push('revised');
    if (pair.title_changed) subsets.push('title changed');
    return { a: `v1:${pair.arxiv_id}`, b: `v2:${pair.arxiv_id}`, subsets };
  });
  const hardNegatives = new Map<string, [string, string]>();
  const seen = new Set<string>();
  for (const pair of readJsonLines<{ a: EvalPaper; b: EvalPaper }>('csfcube/similar_distinct_pairs_dev.jsonl')) {
    if (pair.a.id === pair.b.id) continue;
    const ids = [`csf:${pair.a.id}`, `csf:${pair.b.id}`].sort() as [string, string];
    hardNegatives.set(ids.join(' '), ids);
    for (const paper of [pair.a, pair.b]) {
      if (seen.has(paper.id)) continue;
      seen.add(paper.id);
      papers.push({ id: `csf:${paper.id}`, title: paper.title, abstract: paper.abstract });
    }
  }
  return { papers, pairs, hardNegatives: [...hardNegatives.values()], distractors };
}

export interface ScifactData {
  papers: EvalPaper[];
  queries: { id: string; text: string }[];
  qrels: Map<string, Map<string, number>>;
}

/** SciFact's dev claims (BEIR's train split) over its 5,183 abstracts. */
export function loadScifact(): ScifactData {
  const papers = readJsonLines<EvalPaper>('scifact/corpus.jsonl').map(({ id, title, abstract }) => ({ id: String(id), title, abstract }));
  const qrels = readQrels('scifact/qrels_dev.tsv');
  const queries = readJsonLines<{ id: string; text: string }>('scifact/queries_dev.jsonl')
    .filter((query) => qrels.has(String(query.id)))
    .map((query) => ({ id: String(query.id), text: query.text }));
  return { papers, queries, qrels };
}
