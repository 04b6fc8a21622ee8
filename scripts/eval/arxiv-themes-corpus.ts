// The arXiv themes corpus: 1,000 papers each of cs.CL, cs.LG, cs.CV and cs.AI, the first of each
// in ../shared/data/arxiv/papers_ml4_20k.jsonl (already shuffled with a fixed seed), with their
// embeddings cached outside the repository (~/.cache/papers-eval) so the model runs once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { currentModel, loadEmbedder } from '../../src/cli/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import type { ThemePaper } from '../../src/themes/compute-themes.js';

export const ARXIV_FILE = path.join(PROJECT_ROOT, '..', 'shared', 'data', 'arxiv', 'papers_ml4_20k.jsonl');
export const ARXIV_CATEGORIES = ['cs.CL', 'cs.LG', 'cs.CV', 'cs.AI'];
const PER_CATEGORY = 1000;
const CACHE_DIR = path.join(os.homedir(), '.cache', 'papers-eval');

export interface ArxivCorpus {
  papers: ThemePaper[];
  /** Primary category of each paper, in paper order. */
  categories: string[];
  vectors: Float32Array[];
}

/** null when the shared data folder is absent (the evaluation then skips these rows). */
export async function loadArxivCorpus(onProgress?: (done: number, total: number) => void): Promise<ArxivCorpus | null> {
  if (!fs.existsSync(ARXIV_FILE)) return null;
  const taken = new Map(ARXIV_CATEGORIES.map((category) => [category, 0]));
  const papers: ThemePaper[] = [];
  const categories: string[] = [];
  for (const line of fs.readFileSync(ARXIV_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; title: string; abstract: string; label: string };
    const count = taken.get(record.label);
    if (count === undefined || count >= PER_CATEGORY) continue;
    taken.set(record.label, count + 1);
    papers.push({ id: record.id, title: record.title, abstract: record.abstract });
    categories.push(record.label);
  }
  const model = currentModel();
  const texts = papers.map((paper) => embeddingText(paper.title, paper.abstract));
  const digest = createHash('sha256').update(model.fingerprint).update(JSON.stringify(texts)).digest('hex').slice(0, 16);
  const cacheFile = path.join(CACHE_DIR, `arxiv-themes-${papers.length}-${digest}.f32`);
  let vectors: Float32Array[];
  if (fs.existsSync(cacheFile)) {
    const bytes = fs.readFileSync(cacheFile);
    const flat = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    vectors = papers.map((_, i) => flat.slice(i * model.dimensions, (i + 1) * model.dimensions));
  } else {
    const embedder = await loadEmbedder();
    try {
      vectors = await embedder.embed(texts, onProgress);
    } finally {
      await embedder.dispose();
    }
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const flat = new Float32Array(vectors.length * model.dimensions);
    vectors.forEach((vector, i) => flat.set(vector, i * model.dimensions));
    fs.writeFileSync(cacheFile, Buffer.from(flat.buffer));
  }
  return { papers, categories, vectors };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = await loadArxivCorpus((done, total) => process.stderr.write(`\r${done}/${total}`));
  console.log(`\n${corpus?.papers.length ?? 0} papers`);
}
