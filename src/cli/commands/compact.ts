// `papers compact`: rebuilds the graph without removed papers and drops the vectors no paper uses.
import { Command } from 'commander';
import { compactLibrary } from '../../pipeline/remove-sources.js';
import { openLibrary, resolveDatabaseUrl, resolveIndexDir } from '../context.js';
import { runPostgresCompact } from './postgres-maintenance.js';
import { printJson, printLine } from '../output.js';
import { formatBytes } from '../format-bytes.js';
import { plural } from '../plural.js';
import { printWarnings, updateJson } from './describe-update.js';

export function compactCommand(): Command {
  return new Command('compact')
    .description('rebuild the vector graph without removed papers and delete vectors no paper uses')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const url = resolveDatabaseUrl(command.optsWithGlobals());
      if (url !== undefined) return runPostgresCompact(url, options);
      const indexDir = resolveIndexDir(command.optsWithGlobals());
      const context = openLibrary({ indexDir });
      try {
        const before = { database: context.store.databaseBytes(), graphs: context.store.graphFilesBytes() };
        const summary = await compactLibrary(context);
        printWarnings(summary);
        const after = { database: context.store.databaseBytes(), graphs: context.store.graphFilesBytes() };
        if (options.json) {
          printJson({ ...updateJson(summary, indexDir), bytesBefore: before.database + before.graphs, bytesAfter: after.database + after.graphs, databaseBytes: { before: before.database, after: after.database }, graphBytes: { before: before.graphs, after: after.graphs } });
          return;
        }
        printLine(
          [
            `compacted the library in ${indexDir}: ${plural(summary.papers, 'paper')}, graph rebuilt`,
            `papers.db (with its write-ahead log) ${formatBytes(before.database)} → ${formatBytes(after.database)}; graph files ${formatBytes(before.graphs)} → ${formatBytes(after.graphs)} (the previous graph stays until the next write, for readers still using it)`,
          ].join('\n'),
        );
      } finally {
        context.store.close();
      }
    });
}
