// `papers dupes`: the same paper posted in several digests, word for word (`identical`), with
// edits (`revised`) or in new words (`rewritten`), each group with the evidence that joined it.
import { Command, Option } from 'commander';
import { DEDUP } from '../../config.js';
import type { DuplicateGroup } from '../../dedup/duplicate-types.js';
import { describeEvidence } from '../../dedup/describe-evidence.js';
import { findDuplicates } from '../../dedup/find-duplicates.js';
import { formatPrintedDate } from '../../ingest/format-date.js';
import { openIndex } from '../context.js';
import { printJson, printLine } from '../output.js';
import { parseUnitInterval } from '../parse-options.js';
import { plural } from '../plural.js';

export function dupesCommand(): Command {
  return new Command('dupes')
    .description('groups of entries that are the same paper across digests: identical, revised or rewritten')
    .addOption(
      new Option('--threshold <x>', 'lowest text similarity (0-1) for two postings to be one paper; higher is stricter')
        .argParser(parseUnitInterval)
        .default(DEDUP.threshold),
    )
    .option('--json', 'print { "groups": [...] } as JSON')
    .action(async (options: { threshold: number; json?: boolean }, command: Command) => {
      const index = await openIndex(command.optsWithGlobals());
      try {
        const groups = await findDuplicates(
          { papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() },
          { threshold: options.threshold },
        );
        if (options.json) printJson({ groups });
        else printLine(formatGroups(groups));
      } finally {
        await index.close();
      }
    });
}

function formatGroups(groups: DuplicateGroup[]): string {
  if (groups.length === 0) return 'no duplicates found';
  const count = (kind: DuplicateGroup['kind']) => groups.filter((group) => group.kind === kind).length;
  const entries = groups.reduce((sum, group) => sum + group.entries.length, 0);
  const kinds = `${count('identical')} identical, ${count('revised')} revised, ${count('rewritten')} rewritten`;
  const lines = [`${plural(groups.length, 'duplicate group')} (${kinds}) covering ${plural(entries, 'entry', 'entries')}`];
  for (const group of groups) {
    lines.push('', `${group.kind} · ${group.entries.length} entries · cosine ${group.similarity.toFixed(4)} · ${describeEvidence(group)}`);
    const width = Math.max(...group.entries.map((entry) => `${entry.digest} #${entry.position}`.length));
    const dates = group.entries.map((entry) => formatPrintedDate(entry.date) ?? 'no date');
    const dateWidth = Math.max(...dates.map((date) => date.length));
    group.entries.forEach((entry, index) => {
      lines.push(`  ${`${entry.digest} #${entry.position}`.padEnd(width)}  ${dates[index]!.padEnd(dateWidth)}  ${entry.title}${entry.arxivId ? `  (arXiv ${entry.arxivId})` : ''}`);
    });
  }
  return lines.join('\n');
}
