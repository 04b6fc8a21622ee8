// Runs every stage the report shows over an opened index (nearest papers, duplicates, themes,
// the map) and gathers the results into ReportData. Shared by `papers report` and `papers serve`.
import { PROJECTION, REPORT } from '../config.js';
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import { findDuplicates } from '../dedup/find-duplicates.js';
import type { Entry, Paper } from '../ingest/types.js';
import type { IndexMeta } from '../store/index-meta.js';
import { pickRepresentatives } from '../search/collapse-duplicates.js';
import { collapseThemeDuplicates } from '../themes/collapse-theme-duplicates.js';
import { loadThemes, type ThemesSource } from '../themes/load-themes.js';
import type { ThemesResult } from '../themes/theme-types.js';
import type { VectorIndex } from '../vector-index/vector-index.js';
import type { LatestDigestSource } from './collect-latest-digest.js';
import { collectReportData } from './collect-report-data.js';
import { findNeighbours } from './find-neighbours.js';
import { projectPapers } from './project-papers.js';
import type { ReportData } from './report-data.js';

/** What the report reads from an index (OpenIndex has all of it). */
export interface ReportSource extends ThemesSource {
  readonly papers: Paper[];
  readonly entries: Entry[];
  readonly meta: IndexMeta;
  vectors(): Float32Array[];
  vectorIndex(): VectorIndex;
  /** An empty vector index of the same kind, for the map's sample of a large corpus. */
  newVectorIndex(dimensions: number): VectorIndex;
  /** The library's sources, for the latest-digest view. */
  sources?(): LatestDigestSource[];
}

export interface PreparedReport {
  data: ReportData;
  themes: ThemesResult;
  groups: DuplicateGroup[];
}

export interface PrepareOptions {
  /** Told when each step ends, with its duration, so a long report can show progress. */
  onStep?: (step: string, milliseconds: number) => void;
}

export async function prepareReport(source: ReportSource, options: PrepareOptions = {}): Promise<PreparedReport> {
  const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    options.onStep?.(name, performance.now() - started);
    return result;
  };
  const { papers, entries, meta } = source;
  const vectors = source.vectors();
  const vectorIndex = source.vectorIndex();
  // UMAP lays out all papers from a 14-neighbour graph; above its limit it samples and builds its
  // own, so the corpus-wide graph only needs what the side panel shows.
  const neighbourCount = papers.length <= PROJECTION.umapLimit ? Math.max(REPORT.nearestShown, PROJECTION.neighbourCount - 1) : REPORT.nearestShown;
  const nearest = await step('nearest papers', () => findNeighbours(vectorIndex, papers, vectors, neighbourCount));
  const groups = await step('duplicates', () => findDuplicates({ papers, entries, vectors, vectorIndex }));
  // The same themes as `papers themes`, read from its cache in the index folder when it is fresh.
  // One paper is one point and one topic member: a re-post `dupes` joined is drawn as its representative.
  const representativeOf = pickRepresentatives(groups, papers);
  const themes = await step('themes', async () => collapseThemeDuplicates((await loadThemes(source)).result, representativeOf));
  const projection = await step('map', () => projectPapers(vectors, nearest, PROJECTION, (dimensions) => source.newVectorIndex(dimensions)));
  const data = collectReportData({
    papers,
    entries,
    projection,
    nearest,
    themes,
    groups,
    sources: source.sources?.(),
    representativeOf,
    source: { indexGeneration: `generation ${meta.generation}`, indexCreatedAt: meta.updatedAt, model: meta.model.id },
  });
  return { data, themes, groups };
}
