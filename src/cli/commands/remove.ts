// `papers remove <source...>`: takes digests (or every digest under a folder) out of the library.
import { Command } from 'commander';
import { removeSources } from '../../pipeline/remove-sources.js';
import { openLibrary, resolveIndexDir } from '../context.js';
import { printJson, printLine } from '../output.js';
import { describeUpdate, printWarnings, updateJson } from './describe-update.js';

export function removeCommand(): Command {
  return new Command('remove')
    .description('remove sources (files, or every file under a folder) and the papers only they carried from the library')
    .argument('<sources...>', 'source paths as `papers info` lists them, or folders holding them')
    .option('--json', 'print the summary as JSON')
    .action(async (sources: string[], options: { json?: boolean }, command: Command) => {
      const indexDir = resolveIndexDir(command.optsWithGlobals());
      const context = openLibrary({ indexDir });
      try {
        context.store.readMeta();
        const summary = await removeSources(context, sources);
        printWarnings(summary);
        if (options.json) printJson(updateJson(summary, indexDir));
        else printLine(describeUpdate(summary, indexDir));
      } finally {
        context.store.close();
      }
    });
}
