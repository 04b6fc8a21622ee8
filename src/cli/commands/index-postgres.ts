// `papers index --db <url>`: the inputs merged into a shared PostgreSQL library, then embedded by
// --workers claim loops (and by the same command on other machines).
import { POSTGRES_INDEX } from '../../config.js';
import { PapersError } from '../../errors.js';
import { readAllInputs } from '../../ingest/read-all-inputs.js';
import { indexPostgres } from '../../pipeline/index-postgres.js';
import { describeDatabase } from '../../store/postgres/connect-postgres.js';
import { currentModel, loadEmbedder } from '../context.js';
import { printJson, printLine, printNote } from '../output.js';
import { plural } from '../plural.js';

export interface PostgresIndexOptions {
  inputs: string[];
  rebuild?: boolean;
  prune?: boolean;
  categories?: string[];
  workers?: number;
  json?: boolean;
  isInterrupted: () => boolean;
}

export async function runPostgresIndex(url: string, options: PostgresIndexOptions): Promise<void> {
  const model = currentModel();
  const read = await readAllInputs(options.inputs, { categories: options.categories });
  if (read.sources.length === 0) throw new PapersError('NO_ENTRIES', `no entries found in ${options.inputs.join(', ')}`, 'give digest .txt, .jsonl or arXiv metadata files');
  const summary = await indexPostgres(
    {
      url,
      model,
      loadEmbedder,
      workers: options.workers ?? POSTGRES_INDEX.workers,
      batchSize: POSTGRES_INDEX.batchSize,
      isInterrupted: options.isInterrupted,
      onProgress: (done, total) => {
        if (done === 0 && !options.json) printNote(`embedding up to ${plural(total, 'paper')} that have no vector…`);
      },
    },
    { read: read.sources, rebuild: options.rebuild ?? false, prune: options.prune ?? false, warnings: [...read.warnings] },
  );
  for (const warning of summary.warnings) printNote(`warning: ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`);
  const where = describeDatabase(url);
  if (options.json) {
    printJson({ database: where, ...summary.merge, newPapers: summary.newPapers, removedPapers: summary.removedPapers, embedded: summary.embedded, unembedded: summary.unembedded, generation: summary.generation });
    return;
  }
  const { merge } = summary;
  printLine(
    [
      `read ${plural(merge.sourcesNew + merge.sourcesChanged + merge.sourcesUnchanged, 'file')} (${merge.sourcesNew} new, ${merge.sourcesChanged} changed, ${merge.sourcesUnchanged} unchanged)`,
      `added ${plural(summary.newPapers, 'new paper')}, removed ${plural(summary.removedPapers, 'paper')}; embedded ${plural(summary.embedded, 'paper')} here`,
      summary.unembedded > 0
        ? `${plural(summary.unembedded, 'paper')} in ${where} still without a vector (claimed by other workers, or run again)`
        : `every paper in ${where} has its vector (generation ${summary.generation ?? 0})`,
    ].join('\n'),
  );
}
