// Every default in one place: model, token limit, HNSW parameters, search fusion, theme and
// duplicate settings. Commands read these; nothing else hard-codes them.
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The repository root: the nearest folder above this module that holds package.json (the module
 * is src/config.ts, dist/config.js, or part of the bundled command line under dist/cli/).
 */
export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let folder = from; path.dirname(folder) !== folder; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'package.json'))) return folder;
  }
  return path.resolve(from, '..');
}

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
  /**
   * Candidate list while building; higher builds slower and recalls better (64-400). 100 builds
   * 2.4× faster than 200 with the same recall@10 (0.9995 at efSearch 160, 50k synthetic papers).
   */
  efConstruction: 100,
  /**
   * Candidate list while searching; raised to at least k per query (50-400). 160 gave recall@10
   * 0.993 against exact search on 100k synthetic papers at 0.45 ms a query (100 gave 0.978).
   */
  efSearch: 160,
  randomSeed: 42,
} as const;

export const SEARCH = {
  defaultTopK: 10,
  /** Most results one query may ask for, on the command line as in the API (1-100). */
  maxTopK: 100,
  /**
   * Query-to-paper cosine below which a hit is a weak match unless the paper holds every query
   * term (src/search/judge-match.ts); when every hit is weak, search says nothing is close.
   * Calibrated on the sample digests with scripts/eval/calibrate-weak-match.ts (int8 graph; the
   * q4 graph gave the same verdicts): the best hit of 36 queries on topics the corpus holds (the
   * 26 graded ones and 10 short ones) scored 0.26-0.72; the best hit of 20 topics it lacks scored
   * 0.10-0.34 (speculative decoding 0.34, graph neural networks for molecules 0.33, quantum error
   * correction 0.18) but one (text-to-video generation, 0.46). 0.35 sits above every absent topic
   * but that one. Short queries on present topics score below it ("data selection" 0.32, "tool
   * use" 0.26), which is why a paper holding every query term is close too. Together: "nothing
   * close" for 19 of the 20 absent topics and 0 of the 36 present ones. Sensible range 0.3-0.45;
   * re-run the script when the model changes.
   */
  weakCosine: 0.35,
  /** How many candidates each mode contributes to fusion. */
  fusionDepth: 50,
  /**
   * Reciprocal rank fusion constant: score = Σ weight / (rrfK + rank). The literature's 60 flattens
   * the top of each list; on `npm run eval` a small constant (1-3), letting first places dominate,
   * gave the best nDCG@10 and recall@10. Sensible range 1-60.
   */
  rrfK: 2,
  /**
   * Weights of the two lists in fusion, tuned with rrfK and titleWeight on `npm run eval`: with
   * FTS5's bm25, hybrid nDCG@10 was 0.894-0.896 for rrfK 1-2, lexical weight 2, title weight 6-8
   * (0.878 at the old 5 / 1 / 2).
   */
  denseWeight: 1,
  lexicalWeight: 2,
  /**
   * Weight of the title column in FTS5's bm25() against the abstract's 1 (1-10; a title is short,
   * so each of its words says more about the paper).
   */
  titleWeight: 6,
  /** Candidates fetched beyond topK when re-posts are collapsed into one result (5-50). */
  collapseExtra: 20,
} as const;

/** "Papers like this abstract" (`papers similar`, POST /api/similar): the whole text as a query. */
export const SIMILAR = {
  /** dense, lexical or hybrid; hybrid fuses the two by score. */
  mode: 'hybrid',
  /** Weights of min-max scaled cosine and BM25 in hybrid mode (measured by `npm run eval`). */
  denseWeight: 0.8,
  lexicalWeight: 0.2,
  /** Candidates each list contributes to fusion (50-200). */
  depth: 100,
} as const;

export const INDEX_DIR_ENV = 'PAPERS_INDEX_DIR';
/** A PostgreSQL library's URL (`--db`): when set, commands use it instead of the local index. */
export const DATABASE_URL_ENV = 'PAPERS_DATABASE_URL';

/** `papers index --db`: how the embedding work is shared out. */
export const POSTGRES_INDEX = {
  /** Claim loops per process (`--workers`), each on its own connection, sharing one model (1-32). */
  workers: 1,
  /**
   * Papers one claim takes and embeds in one transaction (8-256): a worker that dies loses this
   * much work, and another worker waits at most this long for a row it needs.
   */
  batchSize: 32,
} as const;
/**
 * The library (index folder) when neither --index-dir nor $PAPERS_INDEX_DIR names one: the
 * platform's per-user data folder, so an installed `papers` finds the same library from any
 * folder. Linux and other Unixes: $XDG_DATA_HOME/papers, else ~/.local/share/papers; macOS:
 * ~/Library/Application Support/papers; Windows: %LOCALAPPDATA%\papers.
 */
export function defaultIndexDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'papers');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'papers');
  // XDG says a relative $XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && path.posix.isAbsolute(xdg) ? xdg : join(home, '.local', 'share'), 'papers');
}
/** The sample digests shipped with papers, found from the installation so any folder can index them. */
export const DEFAULT_INPUT = path.join(PROJECT_ROOT, 'data', 'digests');

/** Reading inputs: how much of a file decides what it is, and how much of an abstract is kept. */
export const INGEST = {
  /**
   * A .txt file larger than this is first judged from its first this-many bytes: with neither
   * the digest header nor a metadata block there, it is skipped unread. Sample entries take
   * 1.5-3 KB, so 64 KiB holds a dozen or more of them (16-256 KiB).
   */
  digestProbeBytes: 64 * 1024,
  /**
   * Longest abstract kept, in characters; longer ones are cut with a warning. Real abstracts run
   * to about 2,000 (the samples: 1,380-2,300); the model reads at most MODEL.maxChars anyway, so
   * this only bounds what is stored and shown (5,000-100,000).
   */
  maxAbstractChars: 20_000,
  /**
   * An arXiv import commits its papers in batches of at least this many (a batch is embedded,
   * added to the graph and committed together; memory holds one batch). 500-5,000.
   */
  importBatchPapers: 1000,
  /**
   * ...and of at least this share of the library, so that the graph file, written at every
   * commit, is written a few dozen times in all rather than once per thousand papers (0.05-0.25).
   */
  importBatchShare: 0.1,
} as const;

/** Bumped whenever the index folder's layout changes; older folders are refused with a hint. */
export const INDEX_FORMAT_VERSION = 3;

/** Themes: the Ward tree (with k-means micro-clusters for large corpora), topic and area counts, key-phrase labels. */
export const THEMES = {
  /**
   * Papers per theme whose titles and abstracts are mined for names: the most central ones. All of
   * them up to this size; on 100k papers it keeps naming to seconds and memory bounded (200-2000).
   */
  labelPapersPerTheme: 500,
  /** Seed of every random choice (sampling, k-means++); a fixed seed makes runs repeatable. */
  seed: 42,
  /**
   * Automatic topic count: Mojena's upper-tail rule on the Ward tree's merge heights (stop before
   * the first merge above mean + upperTail · sd). 1.25 is Milligan & Cooper's recommended
   * constant; 1–2 is sensible (higher: fewer, broader topics). The count is kept within
   * minTopics–maxTopics; `shown` merge heights either side of it are reported.
   */
  topics: { upperTail: 1.25, minTopics: 2, maxTopics: 150, shown: 4 },
  /**
   * When a paper fits no topic: its cosine similarity to the nearest topic's centroid is below
   * that topic's leave-one-out mean − z · sd (z = 2: about the lowest 2–3 % of the topic's own
   * papers). priorPapers: how many papers' worth of the spread pooled over all topics a topic's
   * own spread is blended with (small topics lean on the pool). See README "Stable topics".
   */
  fit: { z: 2, priorPapers: 5 },
  /** `papers themes --trend`: the latest digest dates whose papers count as recent (1-10). */
  trendRecentDigests: 3,
  /** Topics listed by `papers themes --trend` (all with --json). */
  trendShown: 15,
  /** Areas (groups of related topics): the largest relative jump in merge height among min–max areas. */
  areas: { min: 3, max: 6 },
  /**
   * Leaves of the Ward tree. A larger corpus is first reduced to about this many k-means
   * micro-clusters (weighted by size), which keeps the O(leaves²) merge under a second.
   */
  treeLeaves: 1000,
  /** First k-means pass of the reduction; each group is then split in proportion to its size. */
  coarseGroups: 32,
  /**
   * Lloyd passes over the papers that refine the areas from the Ward cut: at most
   * areaRefinementIterations, fewer when they would cost more than areaRefinementWork
   * multiply-adds (n · areas · dimensions each; 100k papers in 3 areas get 4).
   */
  areaRefinementIterations: 30,
  areaRefinementWork: 5e8,
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
  /**
   * Rewritten re-posts: besides ln(papers × neighbours), the shared facts must be this much more
   * surprising (in nats; ln 100 ≈ 4.6 asks for a hundredfold fewer chance pairs than one), because
   * facts are not independent within a topic: papers on one benchmark share its name and scores.
   */
  factSurpriseMargin: Math.log(100),
  /**
   * Search and similar collapse duplicate groups from duplicates.json; when it is missing or stale
   * they find the groups themselves up to this many papers (about a second), and beyond it wait for
   * `papers dupes` to write the file (28 s at 100k papers).
   */
  findOnQueryPapers: 20_000,
  /**
   * Rewritten re-posts: the cosine gate. A rewrite says the same things, so its embedding stays
   * close: 0.78-0.98 for the rewritten arXiv revisions (dev pairs), 0.92-0.98 on the re-post
   * fixture, while the one expert "similar but distinct" group that shares result numbers (one
   * author re-reporting an experiment) joins at 0.71. Range 0.7-0.85.
   */
  minRewrittenCosine: 0.75,
  /** Rewritten re-posts: author counts (when both postings give one) differ by at most this. */
  maxAuthorDifference: 2,
  /** The group's lowest pairwise cosine is computed exactly up to this many papers, else over its links. */
  maxExactGroupPapers: 256,
  /**
   * A digest entry and an arXiv record become one paper (one vector, both entries) when their
   * titles are the same after folding and the shorter abstract's word shingles are at least this
   * share of the other's: the same text with LaTeX or line breaks set differently keeps 0.95-1.0
   * (a formula written two ways costs 3 shingles of ~150), while an edited revision, which `dupes`
   * groups as "revised" from 0.6 up, rewrites sentences and falls below. Range 0.85-0.98.
   */
  joinMinContainment: 0.9,
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
  /** With --db: how often the server asks PostgreSQL for the library's generation (ms). */
  postgresPollMs: 1000,
} as const;

/** Tags and `papers recommend`: the per-tag classifier. */
export const TAGS = {
  /**
   * What the classifier reads of a paper: its embedding, or its embedding beside the TF-IDF of its
   * words. On the sample (scripts/eval/recommend-eval.ts, 5 papers tagged per hand-labelled topic)
   * the TF-IDF words ranked better: mean AUC 0.949 against 0.926, and every topic's untagged papers
   * ahead of every other topic's in mean rank (9 of 9 topics against 8 of 9).
   */
  features: 'embedding+tfidf' as 'embedding' | 'embedding+tfidf',
  /** Gradient steps of the classifier (100-1000): on the sample 200 ranked as 300 did, 100 a little worse. */
  steps: 200,
  /** L2 penalty on its weights (0.001-0.1); see ClassifierOptions. */
  l2: 0.01,
  /**
   * Untagged papers it trains against, at most: the papers with the smallest ids, a fixed sample
   * since ids are hashes. Training time grows with it: 5,000 took 5 s of CPU on this 2-core
   * machine, 2,000 about 2 s, plenty for a 384-dimension linear model. Range 1,000-20,000.
   */
  maxNegatives: 2000,
  /** TF-IDF vocabulary: the words in the most papers (but not in more than half of them). */
  maxTerms: 4000,
  defaultTopK: 10,
} as const;

/** `papers triage`: how a new digest is shown against the library. */
export const TRIAGE = {
  /** Library papers shown beside each new paper, nearest first (1-10). */
  nearest: 3,
} as const;
