// `papers tags [tag]`: every tag with how many papers carry it, or the papers of one tag.
import { Command } from 'commander';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { PapersError } from '../../errors.js';
import { readLibraryTags } from '../../tags/library-tags.js';
import { parseTagName } from '../../tags/tag-name.js';
import { openIndex } from '../context.js';
import { describePaper } from '../format-hits.js';
import { plural } from '../plural.js';
import { printJson, printLine } from '../output.js';

export function tagsCommand(): Command {
  return new Command('tags')
    .description('list the tags with how many papers carry each, or the papers of one tag')
    .argument('[tag]', 'list the papers of this tag')
    .option('--json', 'print JSON')
    .action(async (tagName: string | undefined, options: { json?: boolean }, command: Command) => {
      const wanted = tagName === undefined ? undefined : parseTagName(tagName);
      const index = await openIndex(command.optsWithGlobals());
      try {
        const tags = readLibraryTags(index, await loadDuplicateGroups(index));
        if (wanted === undefined) {
          const counts = tags.counts();
          if (options.json) printJson({ tags: counts });
          else if (counts.length === 0) printLine('no tags yet (papers tag <paper> <tag> adds one)');
          else printLine(counts.map((count) => `${String(count.papers).padStart(5)}  ${count.tag}`).join('\n'));
          return;
        }
        const papers = tags.listTagged(wanted);
        if (papers.length === 0) {
          const known = tags.counts().map((count) => count.tag);
          throw new PapersError('NOT_FOUND', `no paper has the tag "${wanted}"`, known.length > 0 ? `the tags are ${known.join(', ')}` : 'papers tag <paper> <tag> adds one');
        }
        if (options.json) printJson({ tag: wanted, papers: papers.map((paper) => ({ id: paper.id, title: paper.title })) });
        else printLine([`${plural(papers.length, 'paper')} tagged ${wanted}`, ...papers.flatMap((paper) => [`  ${paper.title}`, `      ${describePaper(paper)}`])].join('\n'));
      } finally {
        await index.close();
      }
    });
}
