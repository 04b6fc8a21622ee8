#!/usr/bin/env node
// The `papers` command line: builds the commander program, runs it, and is the single place
// that turns errors into one-line messages and exit codes (2 for misuse, 1 for failures).
import { Command, CommanderError } from 'commander';
import { MODEL_VARIANT_ENV } from '../config.js';
import { dupesCommand } from './commands/dupes.js';
import { infoCommand } from './commands/info.js';
import { indexCommand } from './commands/index.js';
import { reportCommand } from './commands/report.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { similarCommand } from './commands/similar.js';
import { themesCommand } from './commands/themes.js';
import { printNote, reportError } from './output.js';

export function buildProgram(): Command {
  const program = new Command('papers')
    .description('offline semantic search, themes and duplicates for research-paper digests')
    .version('0.1.0')
    .option('--index-dir <dir>', 'index folder (default: $PAPERS_INDEX_DIR or ./index)')
    .option('--model-variant <variant>', 'model graph: int8 (default, fastest on CPUs with VNNI) or q4 (default: $PAPERS_MODEL_VARIANT or int8)')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text) => printNote(`papers: ${text.replace(/^error: /, '').trim()}`) });
  for (const command of [indexCommand(), searchCommand(), similarCommand(), themesCommand(), dupesCommand(), infoCommand(), reportCommand(), serveCommand()]) {
    program.addCommand(command.exitOverride().configureOutput({ outputError: (text) => printNote(`papers: ${text.replace(/^error: /, '').trim()}`) }));
  }
  // The variant is read where the model is chosen (cli/context.ts), from the environment.
  program.hook('preAction', () => {
    const variant = program.opts<{ modelVariant?: string }>().modelVariant;
    if (variant !== undefined) process.env[MODEL_VARIANT_ENV] = variant;
  });
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      return informational ? 0 : 2;
    }
    return reportError(error);
  }
}

process.exitCode = await main(process.argv);
