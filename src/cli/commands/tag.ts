// `papers tag <ref> <tag>`: puts a tag on a paper (id, 8+ characters of an id, title or unique
// title prefix, as `similar` takes it). The tag is kept in the index and shows on every posting.
import { Command } from 'commander';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { groupMembersById } from '../../search/collapse-duplicates.js';
import { resolvePaper } from '../../search/resolve-paper.js';
import { parseTagName } from '../../tags/tag-name.js';
import { openIndex } from '../context.js';
import { printLine } from '../output.js';

export function tagCommand(): Command {
  return new Command('tag')
    .description('tag a paper (id, 8+ characters of an id, title or unique title prefix); `papers recommend --tag` learns from the tagged papers')
    .argument('<ref>', 'paper id or title (quote a title of several words)')
    .argument('<tag>', 'one word: letters, digits and - _ . + /')
    .action(async (ref: string, tagName: string, _options: unknown, command: Command) => {
      const tag = parseTagName(tagName);
      const index = await openIndex(command.optsWithGlobals());
      try {
        const groups = await loadDuplicateGroups(index);
        const paper = index.papers[resolvePaper(index.papers, ref, groupMembersById(groups))]!;
        const added = index.addTag(paper.id, tag);
        printLine(`${added ? 'tagged' : 'already tagged'} ${tag}: "${paper.title}" (id ${paper.id})`);
      } finally {
        await index.close();
      }
    });
}
