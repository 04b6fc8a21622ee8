// "Fits no topic", checked on data it was not set on: topics made from four fifths of the arXiv
// cs.CL, cs.LG and cs.AI papers; the other fifth (on topic) should fit, SciFact's biomedical
// abstracts (off topic) should not, and cs.CV papers fall in between. Real vectors, cached.
import type { Embedder } from '../../src/embedding/embedder.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { MemoryTopicStore } from '../../src/themes/memory-topic-store.js';
import { loadStableTopics } from '../../src/themes/stable-topics.js';
import { fitVectors } from '../../src/themes/assign-topics.js';
import { loadArxivCorpus } from './arxiv-themes-corpus.js';
import { embedCached } from './embedding-cache.js';
import { loadScifact } from './eval-corpora.js';
import type { ThemesEvalRow } from './themes-eval.js';

const SCIFACT_ABSTRACTS = 300;

export async function evalTopicFit(embedder: Embedder): Promise<ThemesEvalRow[]> {
  const corpus = await loadArxivCorpus();
  if (!corpus) return [];
  const library = corpus.papers.flatMap((paper, i) => (corpus.categories[i] === 'cs.CV' ? [] : [i]));
  const made = library.filter((_, position) => position % 5 !== 0);
  const heldOut = library.filter((_, position) => position % 5 === 0);
  const store = new MemoryTopicStore();
  const { snapshot } = await loadStableTopics({
    meta: { model: { fingerprint: embedder.fingerprint } },
    papers: made.map((i) => corpus.papers[i]!),
    vectors: () => made.map((i) => corpus.vectors[i]!),
    vectorOf: () => {
      throw new Error('every vector is given at once');
    },
    embedTexts: (texts) => embedder.embed(texts),
    topicStore: () => store,
  });
  const flagged = (vectors: Float32Array[]) => fitVectors(snapshot, vectors).filter((fit) => !fit.fitsTopic).length / vectors.length;
  const scifact = loadScifact().papers.slice(0, SCIFACT_ABSTRACTS);
  const scifactVectors = await embedCached(embedder, 'scifact', scifact.map((paper) => embeddingText(paper.title, paper.abstract)));
  const cv = corpus.vectors.filter((_, i) => corpus.categories[i] === 'cs.CV');
  const label = `topics of ${made.length} arXiv cs.CL/cs.LG/cs.AI papers (${snapshot.topics.length})`;
  return [
    { name: `${label}: held-out papers of the same categories judged to fit a topic`, value: 1 - flagged(heldOut.map((i) => corpus.vectors[i]!)), unit: 'share', target: '≈ 0.95' },
    { name: `${label}: SciFact biomedical abstracts judged to fit no topic`, value: flagged(scifactVectors), unit: 'share', target: 'near 1' },
    { name: `${label}: arXiv cs.CV papers judged to fit no topic`, value: flagged(cv), unit: 'share' },
  ];
}
