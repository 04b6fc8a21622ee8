// `papers report [--out <file>]`: one self-contained HTML file with the map of the corpus, its
// themes and its duplicate groups, that opens from disk with no network.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { REPORT } from '../../config.js';
import { PapersError } from '../../errors.js';
import { prepareReport } from '../../report/prepare-report.js';
import { renderReport } from '../../report/render-report.js';
import { writeFileAtomic } from '../../store/atomic-write.js';
import { openIndex, resolveIndexDir } from '../context.js';
import { describeAbridged, describeReport, printReportStep } from '../describe-report.js';
import { printLine, printNote } from '../output.js';

export function reportCommand(): Command {
  return new Command('report')
    .description('write an HTML map of the corpus (themes, duplicates, nearest papers) that works offline')
    .option('-o, --out <file>', `where to write the page (default: <index-dir>/${REPORT.file})`)
    .action(async (options: { out?: string }, command: Command) => {
      const started = performance.now();
      const globals = command.optsWithGlobals();
      const out = options.out ?? path.join(resolveIndexDir(globals), REPORT.file);
      const index = await openIndex(globals);
      try {
        const { data } = await prepareReport(index, { onStep: printReportStep });
        writePage(out, renderReport(data));
        const abridged = describeAbridged(data);
        if (abridged) printNote(abridged);
        printLine(`wrote ${out}: ${describeReport(data)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        printLine(`open ${pathToFileURL(path.resolve(out)).href}`);
      } finally {
        await index.close();
      }
    });
}

function writePage(out: string, html: string): void {
  try {
    writeFileAtomic(out, html);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new PapersError('CANNOT_WRITE', `cannot write the report to ${out || '""'} (${code})`, 'pass --out with a file in a folder that exists and is writable');
  }
}
