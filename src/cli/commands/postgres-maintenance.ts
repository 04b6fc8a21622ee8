// `papers info`, `remove` and `compact` with --db: the same questions and changes asked of a shared
// PostgreSQL library instead of the index folder.
import { PapersError } from '../../errors.js';
import { displayPath } from '../../ingest/read-inputs.js';
import { removeFromPostgres } from '../../pipeline/remove-postgres.js';
import { PostgresLibrary } from '../../store/postgres/postgres-library.js';
import { compactPostgres, inspectLibrary } from '../../store/postgres/postgres-maintenance.js';
import { currentModel } from '../context.js';
import { formatBytes } from '../format-bytes.js';
import { printJson, printLine } from '../output.js';
import { plural } from '../plural.js';

async function withLibrary<T>(url: string, work: (library: PostgresLibrary) => Promise<T>): Promise<T> {
  const library = await PostgresLibrary.open(url, { create: false, dimensions: currentModel().dimensions });
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

/** Counts, model, schema version and the consistency check; an unsound library is an error (exit 1). */
export function runPostgresInfo(url: string, options: { json?: boolean }): Promise<void> {
  return withLibrary(url, async (library) => {
    const health = await inspectLibrary(library);
    const { meta } = health;
    if (!meta) throw new PapersError('NO_INDEX', `no papers library in ${library.where}`, 'run `papers index --db <url>` first');
    const sources = await library.sources();
    if (options.json) {
      printJson({ database: library.where, ...health, sources });
    } else {
      printLine(
        [
          `database    ${library.where} (schema version ${health.schemaVersion}, generation ${meta.generation}, updated ${meta.updatedAt})`,
          `library     ${health.papers} papers (${health.embedded} with a vector, ${health.pending} pending) from ${health.entries} entries in ${health.sourceCount} files`,
          `model       ${meta.model.id}, ${meta.model.variant} variant (fingerprint ${meta.model.fingerprint}), ${meta.model.dimensions} dimensions, ${meta.model.maxTokens} tokens`,
          `indexes     pgvector HNSW ${health.vectorIndex ? 'present' : 'MISSING'}, tsvector GIN ${health.textIndex ? 'present' : 'MISSING'}`,
          `size        ${formatBytes(health.bytes)} in tables and indexes`,
          `sources     ${sources.map((source) => displayPath(source.path)).join(', ')}`,
        ].join('\n'),
      );
    }
    const problems = [
      ...(health.orphanEntries > 0 ? [`${plural(health.orphanEntries, 'entry', 'entries')} of no paper`] : []),
      ...(health.papersWithoutEntries > 0 ? [`${plural(health.papersWithoutEntries, 'paper')} of no entry`] : []),
      ...(health.vectorIndex ? [] : ['no pgvector index papers.papers_embedding']),
      ...(health.textIndex ? [] : ['no tsvector index papers.papers_terms']),
    ];
    if (problems.length > 0) throw new PapersError('INDEX_CORRUPT', `the library in ${library.where} fails its consistency check: ${problems.join('; ')}`, 'run `papers compact --db <url>` to repair it');
  });
}

export async function runPostgresRemove(url: string, sources: readonly string[], options: { json?: boolean }): Promise<void> {
  const removal = await removeFromPostgres(url, currentModel().dimensions, sources);
  if (options.json) {
    printJson(removal);
    return;
  }
  printLine(
    [
      `removed ${plural(removal.removedSources.length, 'source')} (${removal.removedSources.map(displayPath).join(', ')}) and ${plural(removal.removedPapers, 'paper')} only they carried`,
      `library now ${plural(removal.papers, 'paper')} from ${plural(removal.entries, 'entry', 'entries')} in ${plural(removal.sources, 'file')} (generation ${removal.generation})`,
    ].join('\n'),
  );
}

export function runPostgresCompact(url: string, options: { json?: boolean }): Promise<void> {
  return withLibrary(url, async (library) => {
    const compaction = await compactPostgres(library);
    if (options.json) {
      printJson({ database: library.where, ...compaction });
      return;
    }
    printLine(
      [
        `compacted the library in ${library.where}: deleted ${plural(compaction.deletedEntries, 'entry', 'entries')} of no paper and ${plural(compaction.deletedPapers, 'paper')} of no entry, HNSW index rebuilt`,
        `tables and indexes ${formatBytes(compaction.bytesBefore)} → ${formatBytes(compaction.bytesAfter)} (${compaction.vacuumed ? 'VACUUM ANALYZE run' : 'VACUUM refused by the server, skipped'})`,
      ].join('\n'),
    );
  });
}
