// `papers untag <ref> <tag>`: takes a tag off a paper and off every posting of it.
import { Command } from 'commander';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { PapersError } from '../../errors.js';
import { groupMembersById } from '../../search/collapse-duplicates.js';
import { resolvePaper } from '../../search/resolve-paper.js';
import { listPostings } from '../../tags/library-tags.js';
import { parseTagName } from '../../tags/tag-name.js';
import { openIndex } from '../context.js';
import { printLine } from '../output.js';

export function untagCommand(): Command {
  return new Command('untag')
    .description('take a tag off a paper (and off its re-posts)')
    .argument('<ref>', 'paper id or title (quote a title of several words)')
    .argument('<tag>', 'the tag')
    .action(async (ref: string, tagName: string, _options: unknown, command: Command) => {
      const tag = parseTagName(tagName);
      const index = await openIndex(command.optsWithGlobals());
      try {
        const groups = await loadDuplicateGroups(index);
        const paper = index.papers[resolvePaper(index.papers, ref, groupMembersById(groups))]!;
        if (index.removeTag(listPostings(paper.id, groups), tag) === 0) {
          throw new PapersError('NOT_FOUND', `"${paper.title}" has no tag "${tag}"`, 'papers tags lists the tags');
        }
        printLine(`untagged ${tag}: "${paper.title}" (id ${paper.id})`);
      } finally {
        await index.close();
      }
    });
}
