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
  /**
   * Which committed graph runs: `int8` (default: int8 weights, one 22.9 MB file, about 2× the q4
   * graph's throughput on CPUs with AVX-512 VNNI or AVX-VNNI) or `q4` (4-bit weights, 54 MB: for
   * x86 CPUs without VNNI, where onnxruntime's int8 kernels can saturate). Chosen per run by
   * `--model-variant` or $PAPERS_MODEL_VARIANT; an index records its variant and is refused by the other.
   */
  defaultVariant: 'int8',
  dimensions: 384,
  /** The model was trained at 256 tokens; the tokenizer would allow 512. */
  maxTokens: 256,
  /**
   * Characters of a text the embedder tokenises. No word piece is anywhere near 32 characters, so
   * 8192 characters always hold more than 256 tokens: this never cuts what the model sees, it only
   * spares the tokenizer a megabyte-long abstract or a pasted file.
   */
  maxChars: 8192,
  /**
   * Texts per forward pass (4-32 are all within a few percent here). Texts are sorted by length
   * first, so padding waste stays low; 8 ran 2-3% faster than 16 on 2 cores with 256-token texts.
   */
  batchSize: 8,
  /** onnxruntime intra-op threads; this project targets 2-core laptops. */
  threads: 2,
} as const;

/** The committed graphs of the model: the transformers.js dtype and the files that make each one. */
export const MODEL_VARIANTS = {
  int8: { dtype: 'int8', files: ['onnx/model_int8.onnx'] },
  q4: { dtype: 'q4', files: ['onnx/model_q4.onnx', 'onnx/model_q4.onnx_data'] },
} as const;

export type ModelVariant = keyof typeof MODEL_VARIANTS;

export const MODEL_VARIANT_ENV = 'PAPERS_MODEL_VARIANT';

export const HNSW = {
  /** Graph degree. 16 is hnswlib's usual choice for 384-d text embeddings (range 8-48). */
  m: 16,
  /** Candidate list while building; higher builds slower and recalls better (100-400). */
  efConstruction: 200,
  /**
   * Candidate list while searching; raised to at least k per query (50-400). 160 gave recall@10
   * 0.993 against exact search on 100k synthetic papers at 0.45 ms a query (100 gave 0.978).
   */
  efSearch: 160,
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

/** Themes: k-means, the choice of k, and key-phrase labels. */
export const THEMES = {
  /**
   * Papers per theme whose titles and abstracts are mined for names: the most central ones. All of
   * them up to this size; on 100k papers it keeps naming to seconds and memory bounded (200-2000).
   */
  labelPapersPerTheme: 500,
  /** Seed of every random choice (sampling, k-means++); a fixed seed makes runs repeatable. */
  seed: 42,
  /**
   * Automatic k is tried from `minK` up to about √(2n) (the usual "√(n/2)" rule of thumb,
   * doubled so the criterion has room to find finer themes), capped at `maxK` so the answer
   * stays a short list a person can read.
   */
  minK: 4,
  maxK: 24,
  /** Auto k is chosen on a seeded sample of at most this many papers (silhouette is O(n²)). */
  choiceSampleSize: 1000,
  /**
   * k-means effort, in multiply-adds of Lloyd iterations over all papers (n · k · dimensions
   * each). It sets both the restarts (up to `maxRestarts`, lowest inertia kept) and the
   * iteration cap, so a small corpus gets many converged restarts and 100k papers one run of
   * a few iterations (ml-kmeans does ≈ 0.5–1 G multiply-adds a second on a 2-core laptop).
   */
  workBudget: 6e9,
  /** Budget of each k tried by the automatic choice. */
  choiceWorkBudget: 1e9,
  maxRestarts: 10,
  minIterations: 3,
  maxIterations: 100,
  /** k-means++ seeding looks at a seeded sample of at most this many vectors. */
  seedSampleSize: 2048,
  /**
   * Past twice this many papers, the seeds are first refined by Lloyd iterations on a seeded
   * sample of this size, so the few capped iterations over all papers start near convergence.
   */
  warmStartSampleSize: 8192,
  warmStartIterations: 30,
  /** Papers shown per theme in the table. */
  representatives: 3,
  /** Key phrases kept per theme; the label joins the first `labelPhrases`. */
  keywords: 5,
  labelPhrases: 3,
  /** Candidates (best class-based TF-IDF) re-ranked by similarity to the centroid. */
  candidatePhrases: 15,
  /** MMR trade-off: 1 = only closeness to the centroid, 0 = only novelty. 0.5–0.8 is usual. */
  diversity: 0.6,
  /** Cache file in the index folder root. */
  cacheFile: 'themes.json',
} as const;

/** Duplicates across digests: the embedding gate and the text evidence that decides. */
export const DEDUP = {
  /**
   * The lowest text similarity (0.7 × abstract shingle containment + 0.3 × title similarity) at
   * which two postings are one paper. Re-posts of a sample paper score 0.8-1.0 and distinct papers
   * on the same topic stay below 0.3; 0.6 sits in that gap. Sensible range 0.4-0.9.
   */
  threshold: 0.6,
  /**
   * Embedding gate: a pair must be at least this close before its texts are compared. It narrows
   * the candidates and never decides alone (distinct papers on one topic reach 0.86). Full re-posts
   * score 0.93+, but a title with only its first sentence of abstract falls to 0.6-0.8 against the
   * full posting, so the gate sits at 0.7 (range 0.6-0.85).
   */
  minCosine: 0.7,
  /** Neighbours fetched per paper from the vector index (5-50). More finds larger clusters of re-posts. */
  neighbours: 10,
  /**
   * HNSW candidate list for the neighbour search. Re-posts sit at cosine 0.85-1.0, far closer than
   * anything else, so a short list finds them: on 100k synthetic papers 24 kept 98.8% of planted
   * re-posts (100 kept 99.7%) at half the time. Range 16-200.
   */
  efSearch: 24,
  /** Weights of the two lexical signals when both abstracts can be compared; they sum to 1. */
  abstractWeight: 0.7,
  titleWeight: 0.3,
  /** Words per shingle. Three keeps a shared phrase ("large language models") from counting as a match. */
  shingleWords: 3,
  /** An abstract with fewer shingles than this (title-only posting) is judged by its title alone. */
  minShingles: 10,
  /** With no abstract to compare, the titles must be nearly the same: a retouch, not a rewrite. */
  minTitleOnlySimilarity: 0.9,
  /** The group's lowest pairwise cosine is computed exactly up to this many papers, else over its links. */
  maxExactGroupPapers: 256,
} as const;

/** The report's map: how papers are projected to two dimensions. */
export const PROJECTION = {
  /**
   * Below this many papers PCA draws the map: UMAP needs more papers than its neighbourhood
   * (15), and with fewer than ~20 its picture says no more than PCA's.
   */
  pcaBelow: 20,
  /**
   * Up to this many papers UMAP lays out all of them; above, a seeded sample of this size and the
   * rest placed beside their nearest sampled papers (umap-js took ~50 s for 20,000 papers on a
   * 2-core laptop, ~10 s for 2,000). Range 1,000-10,000.
   */
  umapLimit: 4000,
  /** umap's usual neighbourhood (the paper itself included, 5-50) and packing (0-1). */
  neighbourCount: 15,
  minDistance: 0.1,
  /** Nearest sampled papers a paper outside the sample is placed among (1-10). */
  placementNeighbours: 3,
  /** Seed of every random choice in the layout: the same index always draws the same map. */
  seed: 42,
} as const;

/** What the report page shows and how much of it is inlined. */
export const REPORT = {
  /** The page's file name in the index folder when `--out` is not given. */
  file: 'report.html',
  /** Papers listed as nearest in the side panel. */
  nearestShown: 5,
  /**
   * Characters of an abstract inlined into the page; a longer one is cut at a word and marked
   * "(abridged)". Real abstracts stay under ~3,000; this keeps a pasted file from bloating the page.
   */
  maxAbstractChars: 20_000,
} as const;

/** `papers serve`: where it listens. */
export const SERVE = {
  /** Loopback: anything else exposes the papers to the network. */
  host: '127.0.0.1',
  port: 8080,
  /** With the default port, this many ports from 8080 up are tried before giving up. */
  portAttempts: 20,
} as const;
