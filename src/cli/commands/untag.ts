// `papers untag <ref> <tag>`: takes a tag off a paper and off every posting of it.
import { Command } from 'commander';
import { PapersError } from '../../errors.js';
import { listPostings } from '../../tags/library-tags.js';
import { printLine } from '../output.js';
import { changeTagOf } from './tag.js';

export function untagCommand(): Command {
  return new Command('untag')
    .description('take a tag off a paper (and off its re-posts)')
    .argument('<ref>', 'paper id or title (quote a title of several words)')
    .argument('<tag>', 'the tag')
    .action(async (ref: string, tagName: string, _options: unknown, command: Command) => {
      await changeTagOf(ref, tagName, command, async ({ index, paper, groups, tag }) => {
        if ((await index.removeTag(listPostings(paper.id, groups), tag)) === 0) {
          throw new PapersError('NOT_FOUND', `"${paper.title}" has no tag "${tag}"`, 'papers tags lists the tags');
        }
        printLine(`untagged ${tag}: "${paper.title}" (id ${paper.id})`);
      });
    });
}
