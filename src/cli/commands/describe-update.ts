// The summary `papers index`, `remove` and `compact` print: what changed in the library, in words.
import { settleEmbedders } from '../../embedding/worker-embedder.js';
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
  if (!summary.unchanged) lines.push(...describeEntries(summary));
  const removedOutright = summary.removedPapers - summary.replacedPapers;
  if (!summary.unchanged && (merge.sourcesRemoved > 0 || merge.removedEntries > 0 || removedOutright > 0)) {
    lines.push(
      `removed ${[merge.sourcesRemoved > 0 ? plural(merge.sourcesRemoved, 'file') : null, merge.removedEntries > 0 ? plural(merge.removedEntries, 'entry', 'entries') : null, plural(removedOutright, 'paper')].filter(Boolean).join(', ')}` +
        (removedOutright > 0 ? ' (their vectors stay until `papers compact`)' : ''),
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

/** Shown by name; past this many, counted. */
const REVISIONS_NAMED = 5;

/**
 * What happened to entries: added (new in a file), edited (same place in a changed file, new
 * text: a new paper that replaces the old one) and updated (same text, other details), then the
 * papers each revises.
 */
function describeEntries(summary: UpdateSummary): string[] {
  const { merge } = summary;
  const changes = [
    merge.newEntries > 0 ? `added ${plural(merge.newEntries, 'entry', 'entries')}` : null,
    merge.editedEntries > 0 ? `edited ${plural(merge.editedEntries, 'entry', 'entries')} (new text)` : null,
    merge.updatedEntries > 0 ? `updated the details of ${plural(merge.updatedEntries, 'entry', 'entries')}` : null,
  ].filter((part): part is string => part !== null);
  if (changes.length === 0 && summary.newPapers === 0) return [];
  const repeats = merge.newEntries === 0 ? [] : [
    merge.newEntriesOfIndexedPapers > 0 ? `${merge.newEntriesOfIndexedPapers} repeat` : null,
    summary.newEntriesRevisingIndexedPapers > 0 ? `${summary.newEntriesRevisingIndexedPapers} revise` : null,
  ].filter((part): part is string => part !== null);
  const papers = summary.newPapers > 0 || summary.embedded > 0 ? ` → ${plural(summary.newPapers, 'new paper')}, ${summary.embedded} embedded` : '';
  const lines = [`${changes.join(', ')}${papers}` + (repeats.length > 0 ? `; of the new entries, ${repeats.join(' and ')} papers already indexed` : '')];
  for (const revision of summary.revisions.slice(0, REVISIONS_NAMED)) {
    const replaced = revision.basis === 're-post' ? '' : revision.replaced ? ', edited in place (the old text leaves the library)' : ', edited in place (the old text stays: another digest posts it)';
    lines.push(`  "${revision.title}" (id ${revision.paperId}) revises "${revision.revisesTitle}" (id ${revision.revisesId})${replaced}`);
  }
  if (summary.revisions.length > REVISIONS_NAMED) lines.push(`  and ${plural(summary.revisions.length - REVISIONS_NAMED, 'more revision')} (--json lists them all)`);
  return lines;
}

/** Warnings of a write, one line each, before its summary. */
export function printWarnings(summary: UpdateSummary): void {
  for (const warning of summary.warnings) printNote(`warning: ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`);
}

export function updateJson(summary: UpdateSummary, indexDir: string) {
  const { meta, warnings, merge, ...counts } = summary;
  return { indexDir, generation: meta.generation, ...counts, ...merge, warnings };
}

/** Ctrl-C or SIGTERM stop a write between batches; a second Ctrl-C exits at once. `firstBuild`: there is no index to keep. */
export function watchInterrupts(options: { firstBuild?: boolean } = {}) {
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) exitInterrupted();
    interrupted = true;
    printNote(`\n${signal}: stopping; ${options.firstBuild ? 'no index will be written' : 'the existing index is kept'}`);
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

/** Exits with 130 once the model's worker thread, if any, is safely stopped (a batch or a load finishes first). */
function exitInterrupted(): void {
  void settleEmbedders().finally(() => process.exit(130));
}

/**
 * Ctrl-C or SIGTERM while a command has written nothing yet (it only reads and embeds): say so as
 * an interrupted write does, and exit 130 at once. Returns the function that stops watching.
 */
export function exitOnInterrupt(message: string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    printNote(`\n${signal}: stopping; the existing index is kept`);
    printNote(`papers: ${message}`);
    exitInterrupted();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
