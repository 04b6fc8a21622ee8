// `papers index [paths...]`: adds digest files and folders to the library. A source read before
// replaces its own entries when it changed; `--prune` removes library sources not named here.
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_INPUT } from '../../config.js';
import { PapersError, usageError } from '../../errors.js';
import { parseCategoryList } from '../../ingest/category-filter.js';
import { displayPath } from '../../ingest/read-inputs.js';
import { buildIndex, type BuildSummary } from '../../pipeline/build-index.js';
import { LibraryStore } from '../../store/library-store.js';
import { showArxivProgress } from '../arxiv-progress.js';
import { openLibrary, resolveDatabaseUrl, resolveIndexDir } from '../context.js';
import { parsePositiveInteger } from '../parse-options.js';
import { runPostgresIndex } from './index-postgres.js';
import { printJson, printLine, printNote } from '../output.js';
import { plural } from '../plural.js';
import { describeUpdate, printWarnings, updateJson, watchInterrupts } from './describe-update.js';

export function indexCommand(): Command {
  return new Command('index')
    .description('add digests (.txt), JSON Lines (.jsonl) and arXiv metadata (.jsonl, .jsonl.gz) files or folders to the library, embedding only new papers')
    .argument('[paths...]', `files or folders to add (default: ${DEFAULT_INPUT})`)
    .option('--add', 'add to the library (the default; kept for scripts that pass it)')
    .option('--prune', 'also remove library sources that are not among these paths')
    .option('--rebuild', 'start the library over from these paths and embed everything again')
    .option('--category <list>', 'arXiv metadata: keep papers in any of these categories (cs.CL,cs.LG; cs.* for an archive)', parseCategoryList)
    .option('--workers <n>', 'with --db: embedding workers in this process, each claiming batches of papers (1-32)', parseWorkers)
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options: { prune?: boolean; rebuild?: boolean; json?: boolean; category?: string[]; workers?: number }, command: Command) => {
      const url = resolveDatabaseUrl(command.optsWithGlobals());
      if (url !== undefined) {
        const interruption = watchInterrupts();
        try {
          await runPostgresIndex(url, { ...options, inputs: paths.length > 0 ? paths : [DEFAULT_INPUT], categories: options.category, isInterrupted: interruption.isInterrupted });
        } finally {
          interruption.dispose();
        }
        return;
      }
      if (options.workers !== undefined) throw usageError('--workers shares embedding over a PostgreSQL library', 'give --db <url> too, or leave --workers out');
      const indexDir = resolveIndexDir(command.optsWithGlobals());
      const firstBuild = !LibraryStore.hasIndex(indexDir);
      const interruption = watchInterrupts({ firstBuild });
      const reading = showArxivProgress(process.stderr.isTTY && !options.json);
      const bar = process.stderr.isTTY && !options.json ? new cliProgress.SingleBar({ format: 'embedding {bar} {value}/{total} papers', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
      try {
        const context = openLibrary({
          indexDir,
          rebuild: options.rebuild,
          isInterrupted: interruption.isInterrupted,
          onProgress: (done, total) => {
            if (done === 0) {
              reading.stop();
              if (bar) bar.start(total, 0);
              else if (!options.json) printNote(`embedding ${plural(total, 'new paper')}…`);
              return;
            }
            bar?.update(done);
          },
        });
        try {
          if (options.rebuild && paths.length === 0) refuseBareRebuild(context.store);
          const summary = await buildIndex(context, {
            inputs: paths.length > 0 ? paths : [DEFAULT_INPUT],
            rebuild: options.rebuild,
            prune: options.prune,
            categories: options.category,
            onArxivProgress: reading.update,
          });
          reading.stop();
          bar?.stop();
          printWarnings(summary);
          if (options.json) printJson({ ...updateJson(summary, indexDir), skippedFiles: summary.skippedFiles, arxivImports: summary.arxivImports });
          else printLine([describeUpdate(summary, indexDir), ...describeArxivImports(summary)].join('\n'));
        } finally {
          context.store.close();
        }
      } catch (error) {
        reading.stop();
        bar?.stop();
        // An import in batches names what it kept; anything else was stopped before its commit.
        if (error instanceof PapersError && error.code === 'INTERRUPTED' && !error.message.startsWith('interrupted: ')) {
          throw new PapersError('INTERRUPTED', firstBuild ? `interrupted: no index was written in ${indexDir}` : `interrupted: nothing was written; the index in ${indexDir} is as it was before`);
        }
        throw error;
      } finally {
        interruption.dispose();
      }
    });
}

/** One line per arXiv metadata file: lines read, kept (in the categories asked for), skipped. */
function describeArxivImports(summary: BuildSummary): string[] {
  return summary.arxivImports.map(({ file, categories, counts, status, resumedAfterLine }) => {
    if (status === 'unchanged') return `${file}: unchanged since its import${categories.length > 0 ? ` (${categories.join(', ')})` : ''}`;
    const resumed = status === 'resumed' ? `continued after line ${resumedAfterLine.toLocaleString('en-US')}, ` : '';
    const read = counts.linesRead - resumedAfterLine;
    return `${file}: ${resumed}read ${plural(read, 'line')}, kept ${counts.kept}${categories.length > 0 ? ` in ${categories.join(', ')} (${counts.outsideCategories} in other categories)` : ''}, skipped ${Object.values(counts.skipped).reduce((sum, count) => sum + count, 0)}`;
  });
}

/**
 * `--rebuild` starts the library over from the paths given; with none it would start over from
 * the sample digests and drop every other source. A library that holds sources is never emptied
 * that way: the user names what to keep.
 */
function refuseBareRebuild(store: { sources(): { path: string }[] }): void {
  let sources: { path: string }[] = [];
  try {
    sources = store.sources();
  } catch {
    // A library whose sources cannot be read has nothing to lose: the rebuild starts it over.
  }
  if (sources.length === 0) return;
  const shown = sources.slice(0, 3).map((source) => displayPath(source.path)).join(' ');
  throw usageError(
    `--rebuild starts the library over from the paths you give, and none was given (the library holds ${plural(sources.length, 'source')})`,
    `give every source to keep, for example \`papers index --rebuild ${shown}${sources.length > 3 ? ' …' : ''}\` (\`papers info\` lists them)`,
  );
}

function parseWorkers(value: string): number {
  const workers = parsePositiveInteger(value);
  if (workers > 32) throw new InvalidArgumentError(`expected at most 32 workers, got "${value}" (run the command on more machines for more)`);
  return workers;
}
