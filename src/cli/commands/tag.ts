// `papers tag <ref> <tag>`: puts a tag on a paper (id, 8+ characters of an id, title or unique
// title prefix, as `similar` takes it). The tag is kept in the index and shows on every posting.
import { Command } from 'commander';
import type { DuplicateGroup } from '../../dedup/duplicate-types.js';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import type { Paper } from '../../ingest/types.js';
import type { OpenIndex } from '../../pipeline/open-index.js';
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
      await changeTagOf(ref, tagName, command, async ({ index, paper, tag }) => {
        const added = await index.addTag(paper.id, tag);
        printLine(`${added ? 'tagged' : 'already tagged'} ${tag}: "${paper.title}" (id ${paper.id})`);
      });
    });
}

export interface TagTarget {
  index: OpenIndex;
  paper: Paper;
  groups: DuplicateGroup[];
  tag: string;
}

/** Opens the library, resolves the paper a `tag`/`untag` names and validates the tag, then runs the change. */
export async function changeTagOf(ref: string, tagName: string, command: Command, change: (target: TagTarget) => Promise<void>): Promise<void> {
  const tag = parseTagName(tagName);
  const index = await openIndex(command.optsWithGlobals());
  try {
    const groups = await loadDuplicateGroups(index);
    const paper = index.papers[resolvePaper(index.papers, ref, groupMembersById(groups))]!;
    await change({ index, paper, groups, tag });
  } finally {
    await index.close();
  }
}
