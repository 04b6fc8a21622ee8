// Readers for the public evaluation data in ../shared/data (read at run time, never copied into the
// repository; each folder's PROVENANCE.md says where it comes from).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

export const SHARED_DATA = process.env.PAPERS_SHARED_DATA ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'data');

export function hasSharedData(): boolean {
  return fs.existsSync(path.join(SHARED_DATA, 'csfcube', 'corpus.jsonl'));
}

/** The records of a JSON Lines file under ../shared/data, first `limit` lines when given. */
export function readJsonLines<T>(relative: string, limit = Infinity): T[] {
  const records: T[] = [];
  for (const line of fs.readFileSync(path.join(SHARED_DATA, relative), 'utf8').split('\n')) {
    if (records.length >= limit) break;
    if (line.trim()) records.push(JSON.parse(line) as T);
  }
  return records;
}

/** query id → (document id → grade) from a tab-separated qrels file with a header line. */
export function readQrels(relative: string): Map<string, Map<string, number>> {
  const qrels = new Map<string, Map<string, number>>();
  const lines = fs.readFileSync(path.join(SHARED_DATA, relative), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [query, doc, grade] = line.trim().split('\t');
    if (!query || !doc || grade === undefined) continue;
    const grades = qrels.get(query) ?? new Map<string, number>();
    grades.set(doc, Number(grade));
    qrels.set(query, grades);
  }
  return qrels;
}
