// `papers compact`: rebuilds the graph without removed papers and drops the vectors no paper uses.
import { Command } from 'commander';
import { compactLibrary } from '../../pipeline/remove-sources.js';
import { openLibrary, resolveIndexDir } from '../context.js';
import { printJson, printLine } from '../output.js';
import { updateJson } from './describe-update.js';

export function compactCommand(): Command {
  return new Command('compact')
    .description('rebuild the vector graph without removed papers and delete vectors no paper uses')
    .option('--json', 'print the summary as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const indexDir = resolveIndexDir(command.optsWithGlobals());
      const context = openLibrary({ indexDir });
      try {
        const before = context.store.databaseBytes();
        const summary = await compactLibrary(context);
        const after = context.store.databaseBytes();
        if (options.json) printJson({ ...updateJson(summary, indexDir), bytesBefore: before, bytesAfter: after });
        else printLine(`compacted the library in ${indexDir}: ${summary.papers} papers, graph rebuilt, database ${mebibytes(before)} → ${mebibytes(after)}`);
      } finally {
        context.store.close();
      }
    });
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
