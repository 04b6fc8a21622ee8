// The meta table: what the index holds and how it was made, one row per field (JSON values),
// read back through a schema on every open. `generation` grows with every write: readers compare
// it to notice a new library, and the graph file it names is the switch between two states.
import { z } from 'zod';
import { INDEX_FORMAT_VERSION } from '../config.js';
import { PapersError } from '../errors.js';

export const REBUILD_HINT = 'run `papers index --rebuild`';

const ModelSchema = z.object({
  id: z.string(),
  /** Which committed graph ("int8" or "q4"): an index made with one is refused by the other. */
  variant: z.string(),
  fingerprint: z.string(),
  dimensions: z.number().int().positive(),
  maxTokens: z.number().int().positive(),
});

const MetaSchema = z.object({
  formatVersion: z.number().int(),
  updatedAt: z.string(),
  generation: z.number().int().nonnegative(),
  model: ModelSchema,
  hnsw: z.object({ m: z.number().int(), efConstruction: z.number().int(), efSearch: z.number().int(), randomSeed: z.number().int() }),
  /**
   * The HNSW graph file beside the database, its checksum, and its points (deleted ones included).
   * `sampleSha256` (graph-file.ts) lets a search verify a large graph without hashing all of it;
   * a library written before it existed is verified by the whole sha256.
   */
  graph: z.object({
    file: z.string().regex(/^hnsw-[\w.-]+\.bin$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    sampleSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    bytes: z.number().int(),
    points: z.number().int(),
  }),
  /** The graph file the previous generation named: deleted at the next switch, not this one. */
  previousGraph: z.string().nullable(),
  counts: z.object({ papers: z.number().int(), entries: z.number().int(), sources: z.number().int() }),
  /** A hash of every paper id: changes whenever the set of papers does (the themes cache key). */
  papersSha256: z.string(),
  /**
   * True once duplicate_members holds the groups of every paper (kept up to date by each write
   * since the library was built); absent in a library built before the table existed.
   */
  duplicateMembers: z.boolean().optional(),
});

export type IndexMeta = z.infer<typeof MetaSchema>;
export type ModelInfo = z.infer<typeof ModelSchema>;

/** Parses the meta rows; a clear error for another format version or missing fields. */
export function parseMeta(rows: { key: string; value: string }[], where: string): IndexMeta {
  const record: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      record[row.key] = JSON.parse(row.value);
    } catch {
      throw new PapersError('INDEX_CORRUPT', `the meta row "${row.key}" in ${where} is not valid JSON`, REBUILD_HINT);
    }
  }
  if (typeof record.formatVersion === 'number' && record.formatVersion !== INDEX_FORMAT_VERSION) {
    throw new PapersError(
      'INDEX_INCOMPATIBLE',
      `index format version ${record.formatVersion} is not supported (this papers reads version ${INDEX_FORMAT_VERSION})`,
      REBUILD_HINT,
    );
  }
  const parsed = MetaSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PapersError('INDEX_CORRUPT', `the index meta in ${where} is incomplete (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`, REBUILD_HINT);
  }
  return parsed.data;
}

export function metaRows(meta: IndexMeta): { key: string; value: string }[] {
  return Object.entries(meta).map(([key, value]) => ({ key, value: JSON.stringify(value) }));
}
