// Every default in one place: model, token limit, HNSW parameters, search fusion, theme and
// duplicate settings. Commands read these; nothing else hard-codes them.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, found from this file (src/ or dist/ sit one level below it). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MODEL = {
  /** Folder name under models/; also the id recorded in the manifest. */
  id: 'all-MiniLM-L6-v2',
  dir: path.join(PROJECT_ROOT, 'models'),
  /** The committed weights are 4-bit; there is no full-precision graph. */
  dtype: 'q4',
  dimensions: 384,
  /** The model was trained at 256 tokens; the tokenizer would allow 512. */
  maxTokens: 256,
  /** Texts per forward pass. 16 keeps padding waste low once texts are sorted by length. */
  batchSize: 16,
  /** onnxruntime intra-op threads; this project targets 2-core laptops. */
  threads: 2,
} as const;

export const HNSW = {
  /** Graph degree. 16 is hnswlib's usual choice for 384-d text embeddings (range 8-48). */
  m: 16,
  /** Candidate list while building; higher builds slower and recalls better (100-400). */
  efConstruction: 200,
  /** Candidate list while searching; raised to at least k per query (50-400). */
  efSearch: 100,
  randomSeed: 42,
} as const;

export const SEARCH = {
  defaultTopK: 10,
  /** How many candidates each mode contributes to fusion. */
  fusionDepth: 50,
  /**
   * Reciprocal rank fusion constant: score = Σ weight / (rrfK + rank). The literature's 60 flattens
   * the top of each list; on `npm run eval` a small constant (1-3), letting first places dominate,
   * gave the best nDCG@10 and recall@10. Sensible range 1-60.
   */
  rrfK: 5,
  /** Weights of the two lists in fusion, tuned with rrfK on `npm run eval`. */
  denseWeight: 1,
  lexicalWeight: 1,
  /** A title word counts as this many abstract words in BM25 (1-5; 2 tuned on `npm run eval`). */
  titleBoost: 2,
} as const;

export const INDEX_DIR_ENV = 'PAPERS_INDEX_DIR';
export const DEFAULT_INDEX_DIR = 'index';
export const DEFAULT_INPUT = path.join('data', 'digests');

/** Bumped whenever the index folder's layout changes; older folders are refused with a hint. */
export const INDEX_FORMAT_VERSION = 1;
