// `papers remove <source…> --db <url>`: takes sources out of a PostgreSQL library, matched as in the
// index folder (remove-sources.ts), with the papers only they carried and those papers' vectors.
import { PapersError } from '../errors.js';
import { PostgresLibrary } from '../store/postgres/postgres-library.js';
import { writeMerge } from './index-postgres.js';
import { mergeLibrary, type MergeCounts } from './merge-library.js';
import { matchSources } from './remove-sources.js';

export interface PostgresRemoval {
  removedSources: string[];
  removedPapers: number;
  merge: MergeCounts;
  generation: number;
  /** Library totals after the removal. */
  papers: number;
  entries: number;
  sources: number;
}

export async function removeFromPostgres(url: string, dimensions: number, given: readonly string[]): Promise<PostgresRemoval> {
  const library = await PostgresLibrary.open(url, { create: false, dimensions });
  try {
    return await library.mergeUnderLock(async () => {
      const meta = await library.readMeta();
      if (!meta) throw new PapersError('NO_INDEX', `no papers library in ${library.where}`, 'run `papers index --db <url>` first');
      const stored = await library.sources();
      const matched = new Set<string>();
      for (const name of given) for (const hit of matchSources(stored, name)) matched.add(hit);
      const merge = await mergeLibrary(library, [], { clear: false, removeSources: [...matched] });
      // The library's own model: removing embeds nothing, so any model may remove.
      const generation = await writeMerge(library, merge, meta.model);
      const totals = await library.connection.query<{ papers: string; entries: string; sources: string }>(
        'SELECT (SELECT count(*) FROM papers.papers) AS papers, (SELECT count(*) FROM papers.entries) AS entries, (SELECT count(*) FROM papers.sources) AS sources',
      );
      const row = totals.rows[0]!;
      return { removedSources: [...matched], removedPapers: merge.removedPaperIds.length, merge: merge.counts, generation, papers: Number(row.papers), entries: Number(row.entries), sources: Number(row.sources) };
    });
  } finally {
    await library.close();
  }
}
