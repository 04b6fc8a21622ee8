// `papers recommend --tag <tag>`: the papers not yet tagged, ranked by a classifier trained on the
// papers that carry the tag against the rest of the library.
import { Command, Option } from 'commander';
import { TAGS } from '../../config.js';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { recommendByTag } from '../../tags/recommend-papers.js';
import { parseTagName } from '../../tags/tag-name.js';
import { openIndex } from '../context.js';
import { describePaper } from '../format-hits.js';
import { plural } from '../plural.js';
import { printJson, printLine } from '../output.js';
import { parseTopK } from '../parse-options.js';

export function recommendCommand(): Command {
  return new Command('recommend')
    .description('papers not yet tagged, ranked by a classifier trained on the papers that carry a tag')
    .requiredOption('-t, --tag <tag>', 'the tag to learn from', parseTagName)
    .addOption(new Option('-k, --top <n>', 'how many papers (1-100)').argParser(parseTopK).default(TAGS.defaultTopK))
    .option('--json', 'print JSON, best first')
    .action(async (options: { tag: string; top: number; json?: boolean }, command: Command) => {
      const index = await openIndex(command.optsWithGlobals());
      try {
        const result = recommendByTag(index, options.tag, await loadDuplicateGroups(index), { topK: options.top });
        if (options.json) {
          printJson({
            tag: result.tag,
            tagged: result.tagged,
            recommendations: result.recommendations.map(({ paper, tagProbability }) => ({ id: paper.id, title: paper.title, tagProbability: round(tagProbability) })),
          });
          return;
        }
        const lines = [`learned "${result.tag}" from ${plural(result.tagged, 'tagged paper')}`, 'rank  p(tag)  title'];
        result.recommendations.forEach(({ paper, tagProbability }, rank) => {
          lines.push(`${String(rank + 1).padStart(4)}  ${tagProbability.toFixed(3).padEnd(6)}  ${paper.title}`);
          lines.push(`${' '.repeat(14)}${describePaper(paper)}`);
        });
        if (result.recommendations.length === 0) lines.push('every paper carries the tag already');
        printLine(lines.join('\n'));
      } finally {
        await index.close();
      }
    });
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
