// Every default of the themes stage in one place: seed, range of k, k-means effort, label shape.
// (config.ts holds the other stages' defaults; these live here so the stage can be read alone.)

export const THEMES = {
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
