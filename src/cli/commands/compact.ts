// `papers compact`: rebuilds the graph without removed papers and drops the vectors no paper uses.
import { Command } from 'commander';
import { compactLibrary } from '../../pipeline/remove-sources.js';
import { openLibrary, resolveIndexDir } from '../context.js';
import { printJson, printLine } from '../output.js';
import { plural } from '../plural.js';
import { printWarnings, updateJson } from './describe-update.js';

export function compactCommand(): Command {
  return new Command('compact')
    .description('rebuild the vector graph without removed papers and delete vectors no paper uses')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
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

/** "1.6 MiB", "225 KiB": binary units, as `ls -lh` and `du -h` show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
