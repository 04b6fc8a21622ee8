// The summary `papers index`, `remove` and `compact` print: what changed in the library, in words.
import type { UpdateSummary } from '../../pipeline/update-library.js';
import { printNote } from '../output.js';
import { plural } from '../plural.js';

export function describeUpdate(summary: UpdateSummary, indexDir: string): string {
  const { merge } = summary;
  const lines: string[] = [];
  const read = merge.sourcesNew + merge.sourcesChanged + merge.sourcesUnchanged;
  if (read > 0) {
    const parts = [
      merge.sourcesNew > 0 ? `${merge.sourcesNew} new` : null,
      merge.sourcesChanged > 0 ? `${merge.sourcesChanged} changed` : null,
      merge.sourcesUnchanged > 0 ? `${merge.sourcesUnchanged} unchanged` : null,
    ].filter((part): part is string => part !== null);
    lines.push(`read ${plural(read, 'file')} (${parts.join(', ')})`);
  }
  if (!summary.unchanged && merge.newEntries > 0) {
    const repeats = [
      merge.newEntriesOfIndexedPapers > 0 ? `${merge.newEntriesOfIndexedPapers} repeat` : null,
      summary.newEntriesRevisingIndexedPapers > 0 ? `${summary.newEntriesRevisingIndexedPapers} revise` : null,
    ].filter((part): part is string => part !== null);
    lines.push(
      `added ${plural(merge.newEntries, 'entry', 'entries')} → ${plural(summary.newPapers, 'new paper')}, ${summary.embedded} embedded` +
        (repeats.length > 0 ? `; of the new entries, ${repeats.join(' and ')} papers already indexed` : ''),
    );
  }
  if (!summary.unchanged && (merge.sourcesRemoved > 0 || summary.removedPapers > 0)) {
    lines.push(
      `removed ${[merge.sourcesRemoved > 0 ? plural(merge.sourcesRemoved, 'file') : null, merge.removedEntries > 0 ? plural(merge.removedEntries, 'entry', 'entries') : null, plural(summary.removedPapers, 'paper')].filter(Boolean).join(', ')}` +
        (summary.removedPapers > 0 ? ' (their vectors stay until `papers compact`)' : ''),
    );
  }
  const library = `${plural(summary.papers, 'paper')} from ${plural(summary.entries, 'entry', 'entries')} in ${plural(summary.sources, 'file')}`;
  lines.push(
    summary.unchanged
      ? `the library in ${indexDir} is up to date (${library}); nothing written`
      : `the library in ${indexDir} now holds ${library} (generation ${summary.meta.generation}${summary.graphRebuilt ? ', graph rebuilt' : ''})`,
  );
  if (summary.warnings.length > 0) lines.push(`${plural(summary.warnings.length, 'warning')} (above)`);
  return lines.join('\n');
}

export function updateJson(summary: UpdateSummary, indexDir: string) {
  const { meta, warnings, merge, ...counts } = summary;
  return { indexDir, generation: meta.generation, ...counts, ...merge, warnings };
}

/** Ctrl-C or SIGTERM stop a write between batches; a second Ctrl-C exits at once. */
export function watchInterrupts() {
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
