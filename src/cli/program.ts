// The `papers` command line: builds the commander program, runs it, and is the single place
// that turns errors into one-line messages and exit codes (2 for misuse, 1 for failures, 130 for Ctrl-C).
import { Command, CommanderError } from 'commander';
import { DATABASE_URL_ENV, MODEL_VARIANT_ENV } from '../config.js';
import { usageError } from '../errors.js';
import { releaseHeldLocks } from '../store/lock.js';
import { commandNamed, COMMAND_NAMES, type CommandName } from './command-line.js';
import { printNote, reportError } from './output.js';

/**
 * Each command's module, loaded only when that command runs: the stages behind `themes` or
 * `serve` (k-means, the NLP model, the map) cost a cold `papers search` hundreds of milliseconds.
 */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  index: async () => (await import('./commands/index.js')).indexCommand(),
  remove: async () => (await import('./commands/remove.js')).removeCommand(),
  compact: async () => (await import('./commands/compact.js')).compactCommand(),
  search: async () => (await import('./commands/search.js')).searchCommand(),
  similar: async () => (await import('./commands/similar.js')).similarCommand(),
  themes: async () => (await import('./commands/themes.js')).themesCommand(),
  dupes: async () => (await import('./commands/dupes.js')).dupesCommand(),
  tag: async () => (await import('./commands/tag.js')).tagCommand(),
  untag: async () => (await import('./commands/untag.js')).untagCommand(),
  tags: async () => (await import('./commands/tags.js')).tagsCommand(),
  recommend: async () => (await import('./commands/recommend.js')).recommendCommand(),
  triage: async () => (await import('./commands/triage.js')).triageCommand(),
  info: async () => (await import('./commands/info.js')).infoCommand(),
  report: async () => (await import('./commands/report.js')).reportCommand(),
  serve: async () => (await import('./commands/serve.js')).serveCommand(),
};
export async function buildProgram(only: CommandName | null = null): Promise<Command> {
  const commands = await Promise.all((only ? [only] : COMMAND_NAMES).map((name) => COMMANDS[name]()));
  const program = new Command('papers')
    .description('offline semantic search, themes and duplicates for research-paper digests')
    .version('0.1.0')
    .option('--index-dir <dir>', 'index folder (default: $PAPERS_INDEX_DIR, else the per-user data folder)')
    .option('--db <url>', `a shared PostgreSQL library (postgres://user:password@host/database) instead of the index folder (default: $${DATABASE_URL_ENV})`)
    .option('--model-variant <variant>', 'model graph: int8 (default, fastest on CPUs with VNNI) or q4 (default: $PAPERS_MODEL_VARIANT or int8)')
    .showSuggestionAfterError()
    .exitOverride()
    .helpCommand(false)
    .configureOutput({ outputError: (text) => printNote(`papers: ${text.replace(/^error: /, '').trim()}`) });
  for (const command of commands) {
    program.addCommand(command.exitOverride().configureOutput({ outputError: (text) => printNote(`papers: ${text.replace(/^error: /, '').trim()}`) }));
  }
  program.addCommand(helpCommand(program));
  // The variant is read where the model is chosen (cli/context.ts), from the environment.
  program.hook('preAction', () => {
    const variant = program.opts<{ modelVariant?: string }>().modelVariant;
    if (variant !== undefined) process.env[MODEL_VARIANT_ENV] = variant;
  });
  return program;
}

/** `papers help [command]`: a command that does not exist is misuse (exit 2), not help. */
function helpCommand(program: Command): Command {
  return new Command('help')
    .description('display help for command')
    .argument('[command]', 'the command to describe')
    .exitOverride()
    .action((name: string | undefined) => {
      if (name === undefined) {
        program.outputHelp();
        return;
      }
      const target = program.commands.find((command) => command.name() === name || command.aliases().includes(name));
      if (!target || target.name() === 'help') {
        program.outputHelp({ error: true });
        const names = program.commands.map((command) => command.name()).filter((each) => each !== 'help');
        throw usageError(`unknown command '${name}'`, `the commands are ${names.join(', ')}`);
      }
      target.outputHelp();
    });
}

export async function runProgram(argv: string[]): Promise<number> {
  // A second Ctrl-C exits at once, skipping `finally` blocks; the index folder's write lock is
  // released here so that no stale lock outlives the process.
  process.on('exit', releaseHeldLocks);
  const program = await buildProgram(commandNamed(argv.slice(2)));
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    printNote('papers: no command given (try `papers help`)');
    return 2;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      return informational ? 0 : 2;
    }
    return reportError(error, { indexDir: program.opts<{ indexDir?: string }>().indexDir });
  }
}
