// `papers index [paths...]`: build or refresh the index from digest files and folders.
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_INPUT } from '../../config.js';
import { PapersError } from '../../errors.js';
import { parseCategoryList } from '../../ingest/category-filter.js';
import { buildIndex, type BuildSummary } from '../../pipeline/build-index.js';
import { showArxivProgress } from '../arxiv-progress.js';
import { currentModel, loadEmbedder, resolveIndexDir } from '../context.js';
import { printJson, printLine, printNote } from '../output.js';

export function indexCommand(): Command {
  return new Command('index')
    .description('read digests (.txt) and JSON Lines (.jsonl) files or folders, embed new papers, write the index')
    .argument('[paths...]', `files or folders to index (default: ${DEFAULT_INPUT})`)
    .option('--add', 'keep the papers already indexed and add these inputs to them')
    .option('--rebuild', 'ignore the existing index and embed everything again')
    .option('--category <list>', 'arXiv metadata: keep papers in any of these categories (cs.CL,cs.LG; cs.* for an archive)', parseCategoryList)
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options: { add?: boolean; rebuild?: boolean; json?: boolean; category?: string[] }, command: Command) => {
      const indexDir = resolveIndexDir(command.optsWithGlobals());
      const interruption = watchInterrupts();
      const reading = showArxivProgress(process.stderr.isTTY && !options.json);
      const bar = process.stderr.isTTY && !options.json ? new cliProgress.SingleBar({ format: 'embedding {bar} {value}/{total} papers', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
      try {
        const summary = await buildIndex({
          indexDir,
          inputs: paths.length > 0 ? paths : [DEFAULT_INPUT],
          model: currentModel(),
          loadEmbedder,
          rebuild: options.rebuild,
          add: options.add,
          categories: options.category,
          onArxivProgress: reading.update,
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
        reading.stop();
        bar?.stop();
        for (const warning of summary.warnings) printNote(`warning: ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`);
        if (options.json) printJson(summaryJson(summary, indexDir));
        else printLine(describeSummary(summary, indexDir));
      } catch (error) {
        reading.stop();
        bar?.stop();
        if (error instanceof PapersError && error.code === 'INTERRUPTED') {
          throw new PapersError('INTERRUPTED', `interrupted: nothing was written; the index in ${indexDir} is as it was before`);
        }
        throw error;
      } finally {
        interruption.dispose();
      }
    });
}

function describeSummary(summary: BuildSummary, indexDir: string): string {
  const lines = [
    `indexed ${plural(summary.entries, 'entry', 'entries')} from ${plural(summary.digests, 'file')} → ${plural(summary.papers, 'paper')}; embedded ${summary.embedded}, reused ${summary.reused}`,
    `${summary.repeatedEntries} entries repeat a paper posted elsewhere` +
      (summary.previousPapers !== null
        ? `; of the new entries, ${summary.newEntriesOfIndexedPapers} repeat and ${summary.newEntriesRevisingIndexedPapers} revise papers already indexed`
        : ''),
    summary.unchanged ? `the index in ${indexDir} is up to date; nothing written` : `wrote the index in ${indexDir} (${summary.manifest.generation})`,
  ];
  if (summary.droppedPapers > 0) {
    lines.push(`${plural(summary.droppedPapers, 'paper')} of the previous index ${summary.droppedPapers === 1 ? 'is' : 'are'} not in these inputs and left out (use --add to keep them)`);
  }
  for (const { file, categories, counts } of summary.arxivImports) {
    lines.push(`${file}: read ${plural(counts.linesRead, 'line')}, kept ${counts.kept}${categories.length > 0 ? ` in ${categories.join(', ')} (${counts.outsideCategories} in other categories)` : ''}, skipped ${Object.values(counts.skipped).reduce((sum, count) => sum + count, 0)}`);
  }
  if (summary.skippedFiles > 0) lines.push(`skipped ${plural(summary.skippedFiles, 'file')} that ${summary.skippedFiles === 1 ? 'is' : 'are'} not .txt or .jsonl`);
  if (summary.warnings.length > 0) lines.push(`${plural(summary.warnings.length, 'warning')} (above)`);
  return lines.join('\n');
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summaryJson(summary: BuildSummary, indexDir: string) {
  const { manifest, warnings, ...counts } = summary;
  return { indexDir, generation: manifest.generation, ...counts, warnings };
}

/** Ctrl-C or SIGTERM stop the build between batches; a second Ctrl-C exits at once. */
function watchInterrupts() {
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    printNote(`\n${signal}: stopping; the existing index is kept`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    isInterrupted: () => interrupted,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
